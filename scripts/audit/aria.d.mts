import type { Page } from 'playwright';
import type { CheckResult } from './checks.mjs';

export declare const ARIA_STORIES: string[];
export declare function checkAriaBaseline(
  page: Page,
  root: string,
  id: string,
  dir: string,
  update: boolean,
): Promise<CheckResult>;

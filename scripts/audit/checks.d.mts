import type { Page } from 'playwright';

export interface CheckResult {
  failures: string[];
  counts: Record<string, number>;
  /** Target size only: each undersized target and the 2.5.8 exception it meets. */
  exceptions?: string[];
}
export declare const TEXT_SPACING_CSS: string;
export declare function checkLayoutShift(page: Page): Promise<CheckResult>;
export declare function checkTargets(page: Page, root: string): Promise<CheckResult>;
export declare function checkReflow(page: Page): Promise<CheckResult>;
export declare function checkTextSpacing(page: Page, root: string): Promise<CheckResult>;
export declare function checkZoom(page: Page, root: string): Promise<CheckResult>;
export declare function checkFocus(page: Page, root: string, options?: { maxStops?: number }): Promise<CheckResult>;
export declare function checkForcedColors(page: Page, root: string): Promise<CheckResult>;
export declare function checkMotion(page: Page, root: string): Promise<CheckResult>;

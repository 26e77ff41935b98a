import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright';

export declare function launch(): Promise<Browser>;
export declare function auditContext(
  browser: Browser,
  origin: string,
  options?: BrowserContextOptions,
): Promise<BrowserContext>;
export declare function storyPage(
  context: BrowserContext,
  origin: string,
): Promise<{ page: Page; show: (id: string) => Promise<{ ok: boolean; event?: string; message?: string }> }>;

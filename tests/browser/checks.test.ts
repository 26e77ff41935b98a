// @vitest-environment node
// Each check of the browser audit (scripts/audit) must fail on a real
// violation: here every one meets a deliberately broken page, and its
// repaired twin, in the same headless Chromium the audit uses.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkAriaBaseline } from '../../scripts/audit/aria.mjs';
import {
  checkFocus,
  checkForcedColors,
  checkLayoutShift,
  checkMotion,
  checkReflow,
  checkTargets,
  checkTextSpacing,
  checkZoom,
} from '../../scripts/audit/checks.mjs';
import { auditContext, launch } from '../../scripts/audit/stories.mjs';

// Each case opens a browser context and waits on real frames: on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 30_000 });

const origin = 'http://audit.test';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
}, 30_000);
afterAll(async () => browser?.close());

const SVG_200 =
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><rect width="200" height="200"/></svg>';

/** Serves `body` as the page at `origin`; `/slow.svg` arrives 300 ms late, like a picture on a slow line. */
async function open(body: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await auditContext(browser, origin, { viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  await page.route(`${origin}/slow.svg`, async (route) => {
    await new Promise((done) => setTimeout(done, 300));
    await route.fulfill({ contentType: 'image/svg+xml', body: SVG_200 });
  });
  await page.route(`${origin}/`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>t</title></head><body><main id="root">${body}</main></body></html>`,
    }),
  );
  await page.goto(`${origin}/`);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page;
}

async function closing<T>(page: Page, run: (page: Page) => Promise<T>): Promise<T> {
  try {
    return await run(page);
  } finally {
    await page.context().close();
  }
}

describe('target size (2.5.8)', () => {
  it('fails a 16 px target next to another, and names it', async () => {
    const page = await open(
      '<button style="inline-size:16px;block-size:16px;padding:0">a</button><button style="inline-size:16px;block-size:16px;padding:0">b</button>',
    );
    const r = await closing(page, (p) => checkTargets(p, '#root'));
    expect(r.counts.clashing).toBe(2);
    expect(r.failures[0]).toMatch(/target 16×16 button "a", too close to button "b"/);
  });

  it('passes 24 px targets by size, a spaced 16 px one by spacing, a link in a sentence as inline', async () => {
    const page = await open(`<button style="inline-size:24px;block-size:24px;padding:0">a</button>
      <p style="margin-top:40px"><button style="inline-size:16px;block-size:16px;padding:0">b</button></p>
      <p style="margin-top:40px">Read <a href="/x">the report</a> before noon.</p>`);
    const r = await closing(page, (p) => checkTargets(p, '#root'));
    expect(r.failures).toEqual([]);
    expect(r.counts).toMatchObject({ size: 1, spacing: 1, inline: 1, clashing: 0 });
    expect(r.exceptions).toEqual([
      expect.stringMatching(/^spacing: 16×16 button "b"/),
      expect.stringMatching(/^inline: /),
    ]);
  });
});

describe('focus (2.4.7, 2.4.11)', () => {
  it('fails a control whose focus ring was removed', async () => {
    const page = await open('<button style="outline:none">Save</button> <a href="/x">Next</a>');
    const r = await closing(page, (p) => checkFocus(p, '#root'));
    expect(r.counts.focusable).toBe(2);
    expect(r.failures).toEqual([expect.stringMatching(/button "Save" shows no visible indicator/)]);
  });

  it('fails a focused control hidden behind a fixed banner', async () => {
    const page =
      await open(`<div style="position:fixed;inset:0 0 auto 0;block-size:100px;background:#fff;z-index:1">Banner</div>
      <a href="/x" style="position:absolute;top:20px;left:20px">Hidden</a>`);
    const r = await closing(page, (p) => checkFocus(p, '#root'));
    expect(r.failures.some((f) => /"Hidden" is hidden behind other content/.test(f))).toBe(true);
  });

  it('passes the browser’s own focus ring', async () => {
    const page = await open('<button>Save</button> <a href="/x">Next</a>');
    const r = await closing(page, (p) => checkFocus(p, '#root'));
    expect(r).toMatchObject({ failures: [], counts: { focusable: 2, visible: 2 } });
  });
});

describe('reflow (1.4.10) and zoom', () => {
  it('fails a 400 px-wide element at 320 px', async () => {
    const page = await open('<div class="wide" style="inline-size:400px">wide</div>', {
      viewport: { width: 320, height: 640 },
    });
    const r = await closing(page, (p) => checkReflow(p));
    expect(r.failures).toEqual([expect.stringMatching(/scrolls sideways at 320 px: 408 px wide \(div\.wide/)]);
  });

  it('passes text that wraps at 320 px', async () => {
    const page = await open('<p>Some words that wrap in a narrow window. '.repeat(5), {
      viewport: { width: 320, height: 640 },
    });
    expect((await closing(page, (p) => checkReflow(p))).failures).toEqual([]);
  });

  it('fails at 200 % a fixed-size box that clips its text once it wraps', async () => {
    const page = await open(
      '<div style="block-size:1.5em;overflow:hidden;max-inline-size:100%">A label that fits on one line at 1280 px but wraps at 640 px, when half of it is clipped away by the box it sits in</div>',
    );
    const r = await closing(page, (p) => checkZoom(p, '#root'));
    expect(r.failures).toEqual([expect.stringMatching(/200 % zoom clips div "A label/)]);
  });
});

describe('text spacing (1.4.12)', () => {
  it('fails a fixed-height box with hidden overflow', async () => {
    const page = await open(
      '<div style="inline-size:12em;block-size:2.6em;line-height:1.2;overflow:hidden">Two lines<br>of text</div>',
      { viewport: { width: 320, height: 640 } },
    );
    const r = await closing(page, (p) => checkTextSpacing(p, '#root'));
    expect(r.failures).toEqual([expect.stringMatching(/text spacing clips div "Two linesof text"/)]);
  });

  it('passes a box that grows with its text', async () => {
    const page = await open('<div style="min-block-size:1.3em;overflow:hidden">One line of text</div>');
    expect((await closing(page, (p) => checkTextSpacing(p, '#root'))).failures).toEqual([]);
  });
});

describe('layout shift', () => {
  it('measures an image without reserved size pushing text down', async () => {
    const page = await open('<img src="/slow.svg" alt="late"><p>Text under the picture</p>');
    await page.waitForTimeout(600);
    const r = await closing(page, (p) => checkLayoutShift(p));
    expect(r.counts.cls).toBeGreaterThan(0);
    expect(r.failures[0]).toMatch(/layout shift 0\.\d+: .*p "Text under the picture"/);
  });

  it('leaves out a shift right after a (synthetic) click, as CLS does for input, but not one after 500 ms', async () => {
    const grow = (delay: number) =>
      `<button onclick="setTimeout(() => document.querySelector('.gap').style.blockSize = '200px', ${delay})">Open</button><div class="gap"></div><p>Text under it</p>`;
    const soon = await open(grow(0));
    await soon.evaluate(() => document.querySelector('button')?.dispatchEvent(new PointerEvent('pointerdown')));
    await soon.evaluate(() => document.querySelector('button')?.click());
    await soon.waitForTimeout(300);
    expect((await closing(soon, (p) => checkLayoutShift(p))).counts.cls).toBe(0);
    const late = await open(grow(700));
    await late.evaluate(() => document.querySelector('button')?.dispatchEvent(new PointerEvent('pointerdown')));
    await late.evaluate(() => document.querySelector('button')?.click());
    await late.waitForTimeout(1000);
    expect((await closing(late, (p) => checkLayoutShift(p))).counts.cls).toBeGreaterThan(0);
  });

  it('measures zero when width and height reserve the box', async () => {
    const page = await open('<img src="/slow.svg" alt="late" width="200" height="200"><p>Text under the picture</p>');
    await page.waitForTimeout(600);
    expect(await closing(page, (p) => checkLayoutShift(p))).toEqual({ failures: [], counts: { cls: 0 } });
  });
});

describe('reduced motion', () => {
  const spin = '@keyframes spin { to { rotate: 1turn } } .s { animation: spin 1s linear infinite; inline-size: 20px }';

  it('fails an animation that ignores prefers-reduced-motion', async () => {
    const page = await open(`<style>${spin}</style><div class="s">x</div>`, { reducedMotion: 'reduce' });
    const r = await closing(page, (p) => checkMotion(p, '#root'));
    expect(r.failures).toContain('reduced motion: animation spin on div.s "x"');
  });

  it('fails scripted smooth scrolling', async () => {
    const page = await open('<p>x</p>', { reducedMotion: 'reduce' });
    await page.evaluate(() => document.querySelector('p')?.scrollIntoView({ behavior: 'smooth' }));
    const r = await closing(page, (p) => checkMotion(p, '#root'));
    expect(r.failures).toEqual(["reduced motion: scrollIntoView({ behavior: 'smooth' })"]);
  });

  it('passes an animation switched off by the media query', async () => {
    const page = await open(
      `<style>${spin} @media (prefers-reduced-motion: reduce) { .s { animation: none } }</style><div class="s">x</div>`,
      { reducedMotion: 'reduce' },
    );
    expect((await closing(page, (p) => checkMotion(p, '#root'))).failures).toEqual([]);
  });
});

describe('forced colours', () => {
  const icon = (fill: string) =>
    `<svg width="24" height="24" viewBox="0 0 24 24" style="fill:${fill}" aria-hidden="true"><rect x="2" y="2" width="20" height="20"/></svg>`;

  it('fails an icon painted in the background colour, a borderless button and a background-only box', async () => {
    const page = await open(
      `${icon('Canvas')}<button style="border:0;background:#06c;color:#fff">Go</button><span class="bar" style="display:block;inline-size:80px;block-size:8px;background:#06c"></span>`,
      { forcedColors: 'active' },
    );
    const r = await closing(page, (p) => checkForcedColors(p, '#root'));
    expect(r.failures).toEqual([
      expect.stringMatching(/control button "Go" has no border/),
      expect.stringMatching(/span\.bar is seen only through its background/),
      expect.stringMatching(/icon svg disappears/),
    ]);
  });

  it('passes an icon in the text colour and a bordered button', async () => {
    const page = await open(`${icon('currentColor')}<button>Go</button>`, { forcedColors: 'active' });
    expect(await closing(page, (p) => checkForcedColors(p, '#root'))).toMatchObject({
      failures: [],
      counts: { icons: 1, iconsShown: 1 },
    });
  });
});

describe('accessibility-tree baselines', () => {
  it('fails when a name changes, and the update writes the new tree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bs-aria-'));
    const page = await open('<nav aria-label="Sections"><a href="/a">World</a></nav>');
    await closing(page, async (p) => {
      expect((await checkAriaBaseline(p, '#root', 'story', dir, false)).failures[0]).toMatch(
        /no accessibility-tree baseline/,
      );
      await checkAriaBaseline(p, '#root', 'story', dir, true);
      expect(readFileSync(join(dir, 'story.aria.txt'), 'utf8')).toContain('- navigation "Sections"');
      expect((await checkAriaBaseline(p, '#root', 'story', dir, false)).failures).toEqual([]);
      await p.evaluate(() => document.querySelector('nav')?.setAttribute('aria-label', 'Menu'));
      const changed = await checkAriaBaseline(p, '#root', 'story', dir, false);
      expect(changed.failures[0]).toMatch(/-\s+- navigation "Sections"[\s\S]*\+\s+- navigation "Menu"/);
    });
  });
});

// Screenshots of the stories where a broken look would matter most, in light and
// dark, left-to-right and right-to-left, on a phone (360 px) and a desktop (1280 px).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { openPreview, serveStorybook, showStory } from './storybook.js';

interface Shot {
  /** Storybook story id. */
  id: string;
  /** Directions to shoot; a story that pins its own direction (a Persian one) gets one. */
  dirs?: ('ltr' | 'rtl')[];
}

const shots: Shot[] = [
  // An English page in ltr, a Persian one in rtl (an English article in an rtl page is no real page).
  { id: 'article-article--seed-page', dirs: ['ltr'] },
  { id: 'article-article--persian', dirs: ['rtl'] },
  { id: 'tweet-tweet--one-photo' },
  { id: 'tweet-tweet--two-photos' },
  { id: 'tweet-tweet--three-photos' },
  { id: 'tweet-tweet--four-photos' },
  { id: 'tweet-tweet--video' },
  { id: 'tweet-tweet--quoted-with-media' },
  { id: 'tweet-tweet--poll-ended' },
  { id: 'tweet-tweet--link-card' },
  { id: 'tweet-tweet--persian-rtl', dirs: ['rtl'] },
  { id: 'tweet-tweetunavailable--not-found' },
  { id: 'tweet-tweetunavailable--deleted' },
  { id: 'tweet-tweetunavailable--private' },
  { id: 'tweet-tweetunavailable--invalid' },
  { id: 'tweet-tweetunavailable--network' },
  { id: 'tweet-tweetembed--cut-off-markup' },
  { id: 'article-pullquote--align-start' },
  { id: 'article-pullquote--align-end' },
  { id: 'article-pullquote--align-center' },
  { id: 'article-pullquote--align-wide' },
  { id: 'article-listentostory--with-audio' },
];

// rtl is a Persian reader's page: dir="rtl" and the toolbar's locale `fa`, so a
// tweet's own chrome (header, footer, dates) mirrors and speaks Persian too.
const pageSettings = {
  ltr: { direction: 'ltr', locale: 'en' },
  rtl: { direction: 'rtl', locale: 'fa' },
} as const;

const bothDirs: ('ltr' | 'rtl')[] = ['ltr', 'rtl'];
const widths = [360, 1280] as const;
const themes = ['light', 'dark'] as const;

// One preview page per worker, reused by every screenshot that worker takes.
const test = base.extend<{ preview: Page }, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use) => {
      const page = await browser.newPage({ deviceScaleFactor: 1, reducedMotion: 'reduce', colorScheme: 'light' });
      await serveStorybook(page);
      await openPreview(page, shots[0]?.id ?? '');
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],
  preview: async ({ sharedPage }, use) => use(sharedPage),
});

for (const { id, dirs = bothDirs } of shots) {
  for (const width of widths) {
    for (const theme of themes) {
      for (const direction of dirs) {
        test(`${id} ${theme} ${direction} ${width}px`, async ({ preview }) => {
          await preview.setViewportSize({ width, height: 800 });
          await showStory(preview, id, { theme, ...pageSettings[direction] });
          const name = `${id.replace('--', '.')}.${theme}.${direction}.${width}.png`;
          await expect(preview.locator('#storybook-root')).toHaveScreenshot(name);
        });
      }
    }
  }
}

const baselines = fileURLToPath(new URL('./baselines/', import.meta.url));
const expected = new Set(
  shots.flatMap(({ id, dirs = bothDirs }) =>
    widths.flatMap((width) =>
      themes.flatMap((theme) => dirs.map((dir) => `${id.replace('--', '-')}-${theme}-${dir}-${width}.png`)),
    ),
  ),
);

// A baseline no screenshot compares with any more is a check that silently stopped.
test('every committed baseline belongs to a screenshot above', () => {
  const stray = readdirSync(baselines).filter((file) => file.endsWith('.png') && !expected.has(file));
  expect(stray).toEqual([]);
});

// Pixels are Chromium's: baselines made by one major version are compared only with that version.
test('the baselines were made with this Chromium', async ({ browser }, testInfo) => {
  const file = join(baselines, 'chromium-version.txt');
  const major = browser.version().split('.')[0] ?? '';
  if (testInfo.config.updateSnapshots === 'all') writeFileSync(file, `${major}\n`);
  const made = existsSync(file) ? readFileSync(file, 'utf8').trim() : '(none)';
  expect(made, 'run `npm run test:visual:update` and review the new PNGs').toBe(major);
});

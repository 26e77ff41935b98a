// Visual regression: key stories of the static Storybook build, screenshotted in
// Debian's headless Chromium and compared with the PNGs committed in baselines/.
// `npm run test:visual` checks, `npm run test:visual:update` rewrites the baselines.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // One PNG per story, theme, direction and width; no platform suffix: the baselines are made on CI's kind of machine.
  snapshotPathTemplate: '{testDir}/baselines/{arg}{ext}',
  outputDir: '../../test-results/visual',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A check never writes a baseline; `--update-snapshots=all` (npm run test:visual:update) does.
  updateSnapshots: 'none',
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '../../test-results/visual.json' }]] : 'list',
  expect: {
    // On a loaded 2-core machine, waiting for a tall page to settle can take more than the default 5 s.
    timeout: 20_000,
    toHaveScreenshot: {
      // Rendering is deterministic here (pinned fonts, DPR 1, no animations), so a diff is a change: a per-pixel
      // colour threshold low enough to see a dark border vanish, and 64 pixels of slack for antialiased image
      // corners — a tweet's 1 px border alone is over 2,000 pixels.
      threshold: 0.02,
      maxDiffPixels: 64,
      animations: 'disabled',
      caret: 'hide',
      scale: 'css',
    },
  },
  use: {
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme: 'light',
    locale: 'en-US',
    timezoneId: 'UTC',
    launchOptions: {
      executablePath: findChromium(),
      // Greyscale antialiasing and no hinting: the same pixels on every run of the same Chromium.
      env: { ...process.env, FONTCONFIG_FILE: fileURLToPath(new URL('./fonts.conf', import.meta.url)) },
      args: [...chromiumArgs, '--font-render-hinting=none', '--disable-lcd-text', '--force-color-profile=srgb'],
    },
  },
  projects: [{ name: 'chromium' }],
});

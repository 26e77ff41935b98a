import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { viteServerModules } from './scripts/server-modules.mjs';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));

// Every story runs twice in headless Chromium, once per theme, so the axe
// check (parameters.a11y.test = 'error') covers contrast in light and dark.
function storyProject(theme: 'light' | 'dark'): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir })],
    define: { __BS_STORY_THEME__: JSON.stringify(theme) },
    test: {
      name: `storybook-${theme}`,
      // The first story of a file waits for Vite to transform its imports; on a busy 2-core machine that alone
      // can pass the 15 s browser default. A time-out is no verdict on a story.
      testTimeout: 60_000,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: { executablePath: findChromium(), args: chromiumArgs },
        }),
        instances: [{ browser: 'chromium' as const }],
      },
    },
  };
}

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        // These tests render as a server does, so dates come from the server's template; the stories from Intl.
        plugins: [viteServerModules({ server: true })],
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
          // Says once, in one line, when the peer suites are left out (no ../shared beside the repository).
          globalSetup: ['tests/shared-notice.ts'],
          // Suites that render all fixture payloads take seconds on a loaded 2-core machine; a time-out is no verdict.
          testTimeout: 30_000,
        },
      },
      storyProject('light'),
      storyProject('dark'),
    ],
  },
});

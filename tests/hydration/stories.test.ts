// @vitest-environment node
// Every story, rendered on a server in Tehran (UTC+3:30) and hydrated in
// Chromium reading in Los Angeles, with React's development build: not one
// warning. Dates and numbers go through an explicit time zone, so the two
// renders agree byte for byte (the server writes dates from its template, the
// browser through Intl); anything that reads the clock, the zone or window
// during render shows up here.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { viteServerModules } from '../../scripts/server-modules.mjs';

const here = import.meta.dirname;
const root = path.resolve(here, '../..');
const cache = path.join(root, 'node_modules/.cache/bs-story-hydration');
// The stories' own assets resolve against the page's address, http://localhost/ when none (story-data.ts).
const origin = 'http://localhost';
const define = { __BS_STORY_THEME__: JSON.stringify('light') };

interface ServerRender {
  zone: string;
  offset: number;
  html: Record<string, string>;
}

async function renderInTehran(): Promise<ServerRender> {
  const outDir = path.join(cache, 'server');
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    // The server writes dates from its template and the browser through Intl: they must agree to the byte.
    plugins: [react(), viteServerModules({ server: true })],
    define,
    build: {
      ssr: path.join(here, 'server-entry.tsx'),
      outDir,
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: 'entry.mjs' } },
    },
  });
  const out = execFileSync(process.execPath, [path.join(outDir, 'entry.mjs')], {
    env: { ...process.env, TZ: 'Asia/Tehran' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out.toString('utf8'));
}

async function buildClient(): Promise<string> {
  const outDir = path.join(cache, 'client');
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    mode: 'development',
    plugins: [react()],
    define: { ...define, 'process.env.NODE_ENV': JSON.stringify('development') },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { input: path.join(here, 'client-entry.tsx'), output: { entryFileNames: 'entry.js' } },
    },
  });
  return outDir;
}

// Chromium's answer for anything a story loads from outside (avatars, photos): no network.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

interface BrowserReport {
  zone: string;
  hydrated: number;
  problems: string[];
}

async function hydrateInLosAngeles(server: ServerRender, clientDir: string): Promise<BrowserReport> {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hydration</title></head><body>${Object.entries(
    server.html,
  )
    .map(([id, html]) => `<div id="${id}">${html}</div>`)
    .join('')}<script type="module" src="/entry.js"></script></body></html>`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const context = await browser.newContext({ timezoneId: 'America/Los_Angeles' });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin) return route.fulfill({ contentType: 'image/png', body: png });
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: page });
      const file = path.join(clientDir, path.normalize(url.pathname));
      const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.svg') ? 'image/svg+xml' : 'text/css';
      return route.fulfill({ contentType: type, body: readFileSync(file) });
    });
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`${message.type()}: ${message.text()}`);
    });
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await tab.goto(`${origin}/`);
    const expected = Object.keys(server.html).length;
    // Hydrated: every story's first element carries React's fiber.
    await tab.waitForFunction(
      (ids) =>
        window.hydration?.hydrated === ids.length &&
        ids.every((id) => {
          const first = document.getElementById(id)?.firstElementChild;
          return first && Object.keys(first).some((key) => key.startsWith('__reactFiber'));
        }),
      Object.keys(server.html),
      { timeout: 60_000 },
    );
    // Effects run after hydration (the consent gate reads storage, the player checks speech).
    await tab.waitForTimeout(500);
    const report = await tab.evaluate(() => ({
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      hydrated: window.hydration.hydrated,
      recoverable: window.hydration.recoverable,
    }));
    expect(report.hydrated).toBe(expected);
    return { zone: report.zone, hydrated: report.hydrated, problems: [...problems, ...report.recoverable] };
  } finally {
    await browser.close();
  }
}

describe('every story hydrates across time zones', () => {
  let server: ServerRender;
  let browser: BrowserReport;

  beforeAll(async () => {
    const [rendered, clientDir] = [await renderInTehran(), await buildClient()];
    server = rendered;
    browser = await hydrateInLosAngeles(server, clientDir);
  }, 240_000);

  it('rendered in Tehran and hydrated in Los Angeles', () => {
    expect(server.zone).toBe('Asia/Tehran');
    expect(server.offset).toBe(-210);
    expect(browser.zone).toBe('America/Los_Angeles');
    expect(Object.keys(server.html).length).toBeGreaterThan(50);
  });

  it('hydrates every story without a warning or a recovered error', () => {
    console.info(`story hydration: ${browser.hydrated} stories hydrated`);
    expect(browser.problems).toEqual([]);
  });
});

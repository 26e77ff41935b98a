// Starts each example app on 127.0.0.1 and loads every page in Chromium, as a
// reader in another time zone than the server: checks the content, that the
// console stays silent (no errors, no warnings, so no hydration mismatch),
// and that the islands work: the player plays and pauses, the consent gate
// opens and remembers. After `npm run examples:install`:
//   npm run examples:check
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { root } from './pack.mjs';

const examples = join(root, 'examples');
const bin = (name) => join(examples, 'node_modules/.bin', name);
const apps = [
  { name: 'next-app', command: (port) => [bin('next'), 'start', '--hostname', '127.0.0.1', '--port', port] },
  {
    name: 'vite-app',
    command: (port) => [bin('vite'), 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort'],
  },
  { name: 'node-ssr', command: () => [process.execPath, 'server.mjs'] },
];

// A 1×1 PNG for X's image host: the tweet page's photos and avatars, with no network.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return String(port);
}

async function start(app) {
  const port = await freePort();
  const [command, ...args] = app.command(port);
  // The server renders in Tehran (UTC+3:30), the browser reads in Los Angeles.
  const child = spawn(command, args, {
    cwd: join(examples, app.name),
    env: { ...process.env, PORT: port, TZ: 'Asia/Tehran', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${app.name} exited:\n${output}`);
    try {
      if ((await fetch(origin)).ok) return { origin, stop: () => process.kill(-child.pid, 'SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.kill(-child.pid, 'SIGTERM');
  throw new Error(`${app.name} did not answer on ${origin} within 30 s:\n${output}`);
}

/** Waits until React has hydrated (or rendered) the element: its DOM node carries React's fiber. */
async function live(page, selector) {
  await page.waitForFunction(
    (s) => {
      const node = document.querySelector(s);
      return node && Object.keys(node).some((key) => key.startsWith('__reactFiber'));
    },
    selector,
    { timeout: 15_000 },
  );
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const checks = {
  async '/'(page) {
    expect((await page.locator('h1').textContent())?.startsWith('Broadsheet'), 'the home page has its heading');
  },
  async '/seed'(page) {
    await page.locator('.bs-article-headline', { hasText: 'Khamenei rejects talks with the US' }).waitFor();
    expect((await page.locator('.bs-tweet').count()) === 2, 'the seed article renders its two tweets');
    expect((await page.locator('.bs-paragraph').count()) > 5, 'the seed article has its paragraphs');
    await live(page, '.bs-listen-start');
    await page.locator('.bs-listen-start').click();
    const toggle = page.locator('.bs-player-toggle');
    await page.locator('.bs-player-toggle[data-playing]').waitFor({ timeout: 10_000 });
    await toggle.click();
    await page.locator('.bs-player-toggle:not([data-playing])').waitFor({ timeout: 10_000 });
    expect(await page.$eval('audio', (audio) => audio.paused), 'pause stops the recording');
  },
  async '/tweet'(page) {
    await page.locator('.bs-tweet', { hasText: 'The 07:40 ferry leaves on time' }).first().waitFor();
    expect(await page.getByText('Harbour Authority').count(), 'the quoted tweet is there');
    const photos = page.locator('.bs-tweet img[alt^="The white ferry"], .bs-tweet img[alt^="Passengers"]');
    expect((await photos.count()) === 2, 'both photos render');
  },
  async '/cms'(page) {
    await page.locator('.bs-article-headline', { hasText: 'The night the harbour wall held' }).waitFor();
    expect(await page.locator('.bs-pullquote').count(), 'the pull quote is there');
    const gate = page.locator('.bs-consent');
    expect((await gate.getAttribute('data-allowed')) === null, 'the stored tweet starts text-only');
    await live(page, '.bs-consent-allow');
    await page.locator('.bs-consent-allow').click();
    await page.locator('.bs-consent[data-allowed]').waitFor({ timeout: 10_000 });
    await page.reload();
    await live(page, '.bs-consent');
    await page.locator('.bs-consent[data-allowed]').waitFor({ timeout: 10_000 });
  },
};

async function checkApp(browser, app) {
  const started = performance.now();
  const server = await start(app);
  const context = await browser.newContext({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });
  const problems = [];
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    const url = route.request().url();
    if (url.startsWith('https://pbs.twimg.com/')) return route.fulfill({ contentType: 'image/png', body: png });
    problems.push(`request outside the app: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`a script in the content ran: ${dialog.message()}`);
    return dialog.dismiss();
  });
  try {
    for (const [path, check] of Object.entries(checks)) {
      await page.goto(server.origin + path, { waitUntil: 'load' });
      await check(page);
      await page.waitForLoadState('networkidle');
      if (problems.length > 0) throw new Error(`${app.name} ${path}:\n  ${problems.join('\n  ')}`);
    }
  } finally {
    await context.close();
    server.stop();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`examples: ${app.name} ok: ${Object.keys(checks).join(', ')} (${seconds} s)`);
}

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  // EXAMPLES=node-ssr,vite-app checks only those.
  const only = process.env.EXAMPLES?.split(',');
  for (const app of apps) if (!only || only.includes(app.name)) await checkApp(browser, app);
} finally {
  await browser.close();
}

// Serves the static Storybook build (storybook-static/) to the test browser
// through Playwright's request routing: no port, no server process, and every
// request to another host is seen, recorded and answered locally.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const staticDir = join(root, 'storybook-static');
export const origin = 'http://storybook.test';

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wav': 'audio/wav',
};

/** One entry of storybook-static/index.json. */
export interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

export function storyIndex(): IndexEntry[] {
  const file = join(staticDir, 'index.json');
  if (!existsSync(file)) throw new Error('No storybook-static/: run `npm run build-storybook` first.');
  const index = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries);
}

// Pinned fonts from @fontsource packages (exact versions in package.json), so no
// glyph depends on what the machine has installed. Georgia (the pull quote's
// quotation mark) is pointed at Noto Serif too.
const fontFiles: [pkg: string, css: string[]][] = [
  ['noto-sans', ['400.css', '600.css', '700.css', '400-italic.css']],
  ['noto-serif', ['400.css', '600.css', '700.css', '400-italic.css']],
  ['noto-sans-arabic', ['400.css', '600.css', '700.css']],
  ['noto-emoji', ['400.css']],
];

function fontCss(): string {
  let css = '';
  for (const [pkg, files] of fontFiles) {
    for (const file of files) {
      const text = readFileSync(join(root, 'node_modules/@fontsource', pkg, file), 'utf8')
        .replaceAll('url(./files/', `url(/__fonts/${pkg}/files/`)
        // Text is drawn only once its font is there, never in a fallback first.
        .replaceAll('font-display: swap', 'font-display: block');
      css += text;
      if (pkg === 'noto-serif') css += text.replaceAll("'Noto Serif'", 'Georgia');
    }
  }
  const sans = '"Noto Sans", "Noto Sans Arabic", "Noto Emoji"';
  const serif = '"Noto Serif", "Noto Sans Arabic", "Noto Emoji"';
  // Unlayered, so it beats the tokens in @layer broadsheet, as a publisher's own CSS would.
  css += `:root { --bs-font-ui: ${sans}; --bs-font-body: ${serif}; } html { font-family: ${sans}; }\n`;
  // Chromium's own media controls (not ours) fade and flash a loading spinner over a video with no data
  // (preload="none"); the video's box, poster and corners are still compared.
  css += 'video::-webkit-media-controls { display: none !important; }\n';
  return css;
}

const fonts = fontCss();

// What a third-party image becomes: an 8×8 flat grey PNG that fills whatever box it is given. A raster, not an
// SVG: an SVG is rasterised again at each size and paint, and its antialiased edges moved by a pixel between runs.
const placeholder = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAYAAADED76LAAAAJUlEQVR4AYXBsQEAIAyAMOR+V2dPtR9Isva5jw8JEiRIkCBBwgDWzwLPB+XBZAAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Routes the page: the build from disk, the pinned fonts, and any other host
 * recorded in the returned list (images answered with a placeholder, the rest refused).
 */
export async function serveStorybook(page: Page): Promise<string[]> {
  const thirdParty: string[] = [];
  await page.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin !== origin) {
      if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      thirdParty.push(request.url());
      if (request.resourceType() === 'image') {
        return route.fulfill({ contentType: 'image/png', body: placeholder });
      }
      return route.abort('blockedbyclient');
    }
    if (url.pathname === '/__fonts/fonts.css') return route.fulfill({ contentType: 'text/css', body: fonts });
    if (url.pathname.startsWith('/__fonts/')) {
      const [, , pkg, ...rest] = url.pathname.split('/');
      const file = join(root, 'node_modules/@fontsource', pkg ?? '', normalize(rest.join('/')));
      return route.fulfill({ path: file, contentType: types[extname(file)] ?? 'application/octet-stream' });
    }
    const file = join(staticDir, normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!file.startsWith(staticDir) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    if (url.pathname === '/iframe.html') {
      const html = readFileSync(file, 'utf8').replace(
        '</head>',
        '<link rel="stylesheet" href="/__fonts/fonts.css"></head>',
      );
      return route.fulfill({ contentType: 'text/html', body: html });
    }
    return route.fulfill({ path: file, contentType: types[extname(file)] ?? 'application/octet-stream' });
  });
  return thirdParty;
}

type Globals = Record<string, unknown>;

/**
 * Loads the preview iframe once. Later stories are switched through
 * Storybook's own channel, as its manager does, so the build is parsed once per
 * worker rather than once per screenshot (routing turns off the HTTP cache).
 * Axe is off here (`a11y.manual`): the story tests in `npm test` run it.
 */
export async function openPreview(page: Page, id: string): Promise<void> {
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`);
  await page.waitForFunction(
    () =>
      (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__
        ?.currentRender?.phase === 'finished',
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * Shows one story with the given globals (theme, direction), remounted so its
 * play function runs again, and resolves once Storybook reports it finished
 * and every font is in. Throws with the story's error if it failed.
 */
export async function showStory(page: Page, id: string, globals: Globals): Promise<void> {
  const result = await page.evaluate(
    async ({ id, globals }) => {
      interface Channel {
        on(event: string, fn: (payload: { storyId: string; status: string }) => void): void;
        off(event: string, fn: (payload: { storyId: string; status: string }) => void): void;
        emit(event: string, payload: unknown): void;
      }
      const channel = (window as { __STORYBOOK_ADDONS_CHANNEL__?: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
      if (!channel) throw new Error('no Storybook channel in the preview');
      const finished = new Promise<string>((resolve) => {
        const on = (event: { storyId: string; status: string }) => {
          if (event.storyId !== id) return;
          channel.off('storyFinished', on);
          resolve(event.status);
        };
        channel.on('storyFinished', on);
      });
      channel.emit('updateGlobals', { globals: { ...globals, a11y: { manual: true } } });
      channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      channel.emit('forceRemount', { storyId: id });
      const status = await finished;
      (document.activeElement as HTMLElement | null)?.blur();
      await document.fonts.ready;
      // Every image decoded before the first screenshot (bounded: a lazy image far below never loads).
      const decoded = Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
      await Promise.race([decoded, new Promise((done) => setTimeout(done, 2000))]);
      return { status, error: document.body.classList.contains('sb-show-errordisplay') };
    },
    { id, globals },
  );
  if (result.status !== 'success' || result.error) {
    const message = await page.locator('#error-message').textContent();
    throw new Error(`Story ${id} did not render: ${result.status} ${message ?? ''}`);
  }
}

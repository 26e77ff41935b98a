import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToString } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { Tweet } from '../../../src/index.js';
import { hydrateServerHtml } from '../../hydrate.js';
import { parsed, tweetPayloads } from './fixtures.js';

/**
 * The server renders in Tehran (UTC+3:30, a zone with a half-hour offset) in
 * its own Node process; this test's "browser" is jsdom in another zone. With
 * the default `timeZone="UTC"` the markup must be byte-identical and hydrate
 * without a single warning.
 */
// Tell React this is a test environment, so act() flushes hydration synchronously.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const here = path.dirname(fileURLToPath(import.meta.url));
const cache = path.resolve('node_modules/.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(path.join(cache, 'bs-tz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function renderInTehran(): { zone: string; offset: number; html: Record<string, string> } {
  const bundle = path.join(dir, 'render-all.mjs');
  execFileSync(
    path.resolve('node_modules/.bin/esbuild'),
    [
      path.join(here, 'tz/render-all.tsx'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--jsx=automatic',
      '--external:react',
      '--external:react-dom',
      '--log-level=error',
      `--outfile=${bundle}`,
    ],
    { stdio: 'pipe' },
  );
  const out = execFileSync(process.execPath, [bundle], {
    env: { ...process.env, TZ: 'Asia/Tehran' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString('utf8'));
}

describe('hydration across time zones', () => {
  const server = renderInTehran();

  it('really rendered in Tehran, and this side is not', () => {
    expect(server.zone).toBe('Asia/Tehran');
    expect(server.offset).toBe(-210);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).not.toBe('Asia/Tehran');
    expect(Object.keys(server.html)).toHaveLength(tweetPayloads.length);
  });

  it('prints the same HTML in both zones', () => {
    for (const payload of tweetPayloads) {
      expect(server.html[payload.id]).toBe(renderToString(<Tweet tweet={parsed(payload.raw)} />));
    }
  });

  it('hydrates every fixture tweet without a warning or a recoverable error', async () => {
    for (const payload of tweetPayloads) {
      const report = await hydrateServerHtml(server.html[payload.id] ?? '', <Tweet tweet={parsed(payload.raw)} />);
      // Hydration adopted the server's DOM as it was: nothing re-rendered on the client.
      expect(report, payload.id).toEqual({ logged: [], recoverable: [], changed: false });
    }
  });

  it('would catch a mismatch: a tweet printed in Tehran time does not hydrate as UTC', async () => {
    const tweet = parsed(tweetPayloads[0]?.raw);
    const html = renderToString(<Tweet tweet={tweet} timeZone="Asia/Tehran" />);
    const report = await hydrateServerHtml(html, <Tweet tweet={tweet} />);
    expect(report.recoverable.length).toBeGreaterThan(0);
  });
});

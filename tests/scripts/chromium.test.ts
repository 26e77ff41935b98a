// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

describe('finding a Chromium for the browser tests', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('prefers CHROMIUM_PATH when it points at a file', () => {
    const fake = join(mkdtempSync(join(tmpdir(), 'bs-chromium-')), 'chrome');
    writeFileSync(fake, '');
    vi.stubEnv('CHROMIUM_PATH', fake);
    expect(findChromium()).toBe(fake);
  });

  it('ignores a CHROMIUM_PATH that does not exist', () => {
    vi.stubEnv('CHROMIUM_PATH', '/nowhere/chrome');
    expect(findChromium()).not.toBe('/nowhere/chrome');
  });

  it('finds Playwright’s cached build when nothing else is there', () => {
    const cache = mkdtempSync(join(tmpdir(), 'bs-pw-'));
    const chrome = join(cache, 'chromium-1200', 'chrome-linux', 'chrome');
    mkdirSync(join(cache, 'chromium-1200', 'chrome-linux'), { recursive: true });
    writeFileSync(chrome, '');
    vi.stubEnv('CHROMIUM_PATH', '');
    vi.stubEnv('PLAYWRIGHT_BROWSERS_PATH', cache);
    const found = findChromium();
    // /usr/bin/chromium wins where Debian's package is installed.
    expect([chrome, '/usr/bin/chromium', '/usr/bin/chromium-browser']).toContain(found);
  });

  it('keeps Chromium off the network', () => {
    expect(chromiumArgs).toEqual(expect.arrayContaining(['--headless', '--disable-background-networking']));
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const styles = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/styles');
const sheets = readdirSync(styles).filter((f) => /^tweet.*\.css$/.test(f));
const read = (f: string) => readFileSync(path.join(styles, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

describe('tweet stylesheets follow the house rules', () => {
  it('are all imported by index.css', () => {
    const index = readFileSync(path.join(styles, 'index.css'), 'utf8');
    expect(sheets.length).toBeGreaterThanOrEqual(3);
    for (const f of sheets) expect(index).toContain(`@import "./${f}";`);
  });

  it.each(sheets)('%s: everything inside @layer broadsheet, every selector in :where()', (f) => {
    const css = read(f).trim();
    expect(css.startsWith('@layer broadsheet {')).toBe(true);
    expect(css.endsWith('}')).toBe(true);
    expect(css.match(/@layer/g)).toHaveLength(1);
    // Rule selectors: text before "{" that isn't an at-rule or a keyframe step.
    const selectors = [...css.matchAll(/(?:^|[;}])\s*([^;{}@]+?)\s*\{/g)]
      .map((m) => (m[1] ?? '').trim())
      .filter((s) => s && !/^(from|to|\d+%)$/.test(s));
    expect(selectors.length).toBeGreaterThan(5);
    for (const selector of selectors) expect(selector, selector).toMatch(/^:where\(/);
  });

  it.each(sheets)('%s: logical properties only', (f) => {
    expect(read(f)).not.toMatch(
      /(^|[\s;{])(left|right|top|bottom|(margin|padding|border)-(left|right|top|bottom)[\w-]*|width|height|min-width|max-width|min-height|max-height|text-align:\s*(left|right)|float:\s*(left|right))\s*:/m,
    );
  });

  it('hides the action links (and the X logo link) in print', () => {
    const css = read('tweet.css');
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/:where\(\.bs-tweet-action, \.bs-tweet-x\)\s*\{\s*display: none;/);
  });

  it('stops the skeleton shimmer for people who prefer reduced motion', () => {
    const css = read('tweet-states.css');
    const reduced = css.slice(css.indexOf('@media (prefers-reduced-motion: reduce)'));
    expect(reduced).toMatch(/\.bs-tweet-skeleton > span\)\s*\{\s*animation: none;/);
  });
});

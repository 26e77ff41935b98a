import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectTokens, importOrder, tokenDeclarations } from '../../src/docs/tokens.js';

// jsdom's import.meta.url is not a file URL: resolve from the repository root.
const read = (file: string) => readFileSync(join(process.cwd(), 'src/styles', file), 'utf8');
const order = importOrder(read('index.css'));
const sheets = Object.fromEntries(order.map((file) => [file, read(file)]));

describe('the Theming page token table', () => {
  it('reads every sheet index.css imports', () => {
    expect(order).toContain('tokens.css');
    expect(order.length).toBeGreaterThan(5);
  });

  it('lists every --bs-* custom property set in the stylesheets, once', () => {
    const tokens = collectTokens(sheets, order);
    const names = tokens.map((token) => token.name);
    const inSource = new Set(
      order.flatMap((file) => [...read(file).matchAll(/(--bs-[\w-]+)\s*:/g)].map((match) => match[1])),
    );
    expect(new Set(names)).toEqual(inSource);
    expect(names.length).toBe(new Set(names).size);
  });

  it('splits light/dark pairs and keeps where each token is set', () => {
    const tokens = collectTokens(sheets, order);
    const border = tokens.find((token) => token.name === '--bs-color-border');
    expect(border?.light).toMatch(/^#[0-9a-f]{6}$/i);
    expect(border?.dark).toMatch(/^#[0-9a-f]{6}$/i);
    expect(border?.declarations[0]?.file).toBe('tokens.css');
    expect(border?.declarations[0]?.context).toContain('[data-theme]');
  });

  it('ignores commented-out declarations and reads nested rules', () => {
    const css =
      '/* --bs-old: 1px; */ @layer x { @media (min-width: 1px) { :where(a) { --bs-new: 2px; color: red; } } }';
    expect(tokenDeclarations(css, 'a.css')).toEqual([
      { name: '--bs-new', value: '2px', file: 'a.css', context: '@layer x › @media (min-width: 1px) › :where(a)' },
    ]);
  });
});

// src/model/tweet/tlds.ts is generated from the `tlds` package (a devDependency) so
// the published code needs no JSON import at run time. This test keeps the
// two in step; `UPDATE_TLDS=1 npx vitest run --project unit tests/model/tweet/tlds.test.ts`
// rewrites the file after a `tlds` upgrade.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import tlds from 'tlds' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { TOP_LEVEL_DOMAINS } from '../../../src/model/tweet/tlds.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const target = resolve(root, 'src/model/tweet/tlds.ts');

function source(list: readonly string[]): string {
  const manifest = readFileSync(resolve(root, 'node_modules/tlds/package.json'), 'utf8');
  const { version } = JSON.parse(manifest) as { version: string };
  return `// Generated from the \`tlds\` package ${version} by tests/model/tweet/tlds.test.ts; do not edit by hand.
// IANA's root zone: every top-level domain, so a bare "example.com" in text can be told from "file.tar.bz2".
export const TOP_LEVEL_DOMAINS: readonly string[] =
  '${[...list].sort().join(' ')}'.split(
    ' ',
  );
`;
}

describe('TOP_LEVEL_DOMAINS', () => {
  it('matches the tlds package', () => {
    if (process.env.UPDATE_TLDS === '1') writeFileSync(target, source(tlds));
    expect([...TOP_LEVEL_DOMAINS].sort()).toEqual([...tlds].sort());
    expect(readFileSync(target, 'utf8')).toBe(source(tlds));
    expect(TOP_LEVEL_DOMAINS).toContain('پاکستان');
  });
});

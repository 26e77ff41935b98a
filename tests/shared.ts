// Two kinds of fixtures. The project's own, written here, in tests/fixtures:
// every suite runs on them, so a clone on its own tests every parser and
// component. And the peer fixtures in ../shared beside the repository
// (X's conformance cases, recorded payloads, DOMPurify's payloads, Guardian
// elements, real-world pages): third-party data, never copied into the
// repository. Suites built on them run when ../shared is there; without it
// they are left out, and tests/shared-notice.ts says so once for the run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe } from 'vitest';

/** The repository: the nearest folder up with Broadsheet's package.json (this file may run bundled elsewhere). */
function repoRoot(): string {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const file = resolve(dir, 'package.json');
    if (existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).name === 'broadsheet') return dir;
    if (dirname(dir) === dir) throw new Error(`no broadsheet package.json above ${import.meta.dirname}`);
  }
}

const root = repoRoot();
export const sharedDir = resolve(root, '../shared');
export const hasShared = existsSync(sharedDir);
export const notRunLine = 'peer suites: not run, ../shared not found';

/** A file from ../shared; only call it inside `describeShared`. */
export function readShared(path: string): string {
  return readFileSync(resolve(sharedDir, path), 'utf8');
}

/** A describe() for a suite that reads ../shared: declared when it is there, left out when not. */
export function describeShared(name: string, body: () => void): void {
  if (hasShared) describe(name, body);
}

export const fixturesDir = resolve(root, 'tests/fixtures');

/** A file from the project's own fixtures (tests/fixtures). */
export function readFixture(path: string): string {
  return readFileSync(resolve(fixturesDir, path), 'utf8');
}

export interface SyndicationFixture {
  file: string;
  key: string;
  payload: unknown;
}

/** The project's hand-written syndication payloads, one per file in tests/fixtures/syndication. */
export function ownSyndication(): SyndicationFixture[] {
  return readdirSync(resolve(fixturesDir, 'syndication'))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      key: file.replace(/\.json$/, ''),
      payload: JSON.parse(readFixture(`syndication/${file}`)),
    }));
}

/** Every payload of a ../shared folder whose files are `{ id: payload }` objects; none without ../shared. */
export function sharedSyndication(folder: 'syndication' | 'syndication-authored'): SyndicationFixture[] {
  if (!hasShared) return [];
  const fixtures: SyndicationFixture[] = [];
  for (const file of readdirSync(resolve(sharedDir, 'fixtures', folder)).sort()) {
    if (!file.endsWith('.json')) continue;
    const byId = JSON.parse(readShared(`fixtures/${folder}/${file}`)) as Record<string, unknown>;
    for (const [key, payload] of Object.entries(byId)) fixtures.push({ file, key, payload });
  }
  return fixtures;
}

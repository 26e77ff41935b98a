// Reads the shared, read-only fixtures (../shared beside the repository root).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const sharedDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

export function readShared(path: string): string {
  return readFileSync(resolve(sharedDir, path), 'utf8');
}

export interface SyndicationFixture {
  file: string;
  key: string;
  payload: unknown;
}

/** Every payload of a fixture folder whose files are `{ id: payload }` objects. */
export function syndicationFixtures(folder: 'syndication' | 'syndication-authored'): SyndicationFixture[] {
  const fixtures: SyndicationFixture[] = [];
  for (const file of readdirSync(resolve(sharedDir, 'fixtures', folder)).sort()) {
    if (!file.endsWith('.json')) continue;
    const byId = JSON.parse(readShared(`fixtures/${folder}/${file}`)) as Record<string, unknown>;
    for (const [key, payload] of Object.entries(byId)) fixtures.push({ file, key, payload });
  }
  return fixtures;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../../shared/fixtures/syndication/', import.meta.url).pathname;

/** The 50 recorded syndication payloads, as X sent them. */
export function syndicationPayloads(): unknown[] {
  const payloads: unknown[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    const byId = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    payloads.push(...Object.values(byId));
  }
  return payloads;
}

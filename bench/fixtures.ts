import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// ../shared beside the repository: the recorded payloads, read in place (never copied into the repository).
const shared = new URL('../../shared/fixtures/', import.meta.url).pathname;

/** Says what is missing and stops: the bench's figures mean nothing on another set of payloads. */
function need(dir: string): string {
  if (!existsSync(dir)) {
    console.error(`npm run bench reads the recorded payloads in ../shared beside the repository; ${dir} is not there.`);
    process.exit(1);
  }
  return dir;
}

/** The 50 recorded syndication payloads, as X sent them. */
export function syndicationPayloads(): unknown[] {
  const dir = need(join(shared, 'syndication'));
  const payloads: unknown[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    const byId = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    payloads.push(...Object.values(byId));
  }
  return payloads;
}

/** The recorded Bluesky post views and Mastodon statuses. */
export function socialPayloads(): { bluesky: unknown[]; mastodon: unknown[] } {
  const read = (path: string) =>
    Object.values(JSON.parse(readFileSync(need(join(shared, path)), 'utf8')) as Record<string, unknown>);
  return { bluesky: read('bluesky/posts.json'), mastodon: read('mastodon/statuses.json') };
}

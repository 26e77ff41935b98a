// The recorded Bluesky and Mastodon fixtures, read in place from ../shared (never copied), and our own hand-written ones.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../shared.js';

const here = dirname(fileURLToPath(import.meta.url));
const reported = new Set<string>();

/** A JSON file under ../shared/fixtures, or undefined (said once, in one line) when ../shared is not there. */
export function sharedJson<T>(path: string): T | undefined {
  const file = resolve(sharedDir, 'fixtures', path);
  if (!existsSync(file)) {
    if (!reported.has(path)) console.info(`../shared/fixtures/${path} is missing: its recorded cases are not run.`);
    reported.add(path);
    return undefined;
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** One of our own fixtures in tests/fixtures. */
export function ownJson<T>(name: string): T {
  return JSON.parse(readFileSync(resolve(here, '../fixtures', name), 'utf8')) as T;
}

export interface EmbedCase {
  name: string;
  html: string;
}

export const blueskyPosts = Object.entries(sharedJson<Record<string, unknown>>('bluesky/posts.json') ?? {});
export const blueskyFeedItems = Object.entries(sharedJson<Record<string, unknown>>('bluesky/feed-items.json') ?? {});
export const blueskyThread = sharedJson<unknown>('bluesky/thread-getPostThread.json');
export const blueskyEmbeds = sharedJson<{ cases: EmbedCase[] }>('bluesky/embeds.json')?.cases ?? [];
export const mastodonStatuses = Object.entries(sharedJson<Record<string, unknown>>('mastodon/statuses.json') ?? {});
export const mastodonEmbeds = sharedJson<{ cases: EmbedCase[] }>('mastodon/embeds.json')?.cases ?? [];
/** The 11 extra X payloads (HLS variants, view counts, real cards, a tombstone), `[file, key, payload]`. */
export const syndicationExtra = ['emusks-doc-examples', 'ivanleo', 'reveddit', 'tweet-rsc-doc-examples'].flatMap(
  (name) =>
    Object.entries(sharedJson<Record<string, unknown>>(`syndication-extra/${name}.json`) ?? {}).map(
      ([key, payload]) => [`${name}.json`, key, payload] as const,
    ),
);
export const blueskyAuthored = ownJson<{ posts: Record<string, unknown> }>('bluesky-authored.json').posts;
export const mastodonAuthored = ownJson<{ statuses: Record<string, unknown> }>('mastodon-authored.json').statuses;
export const communityNote = ownJson<{ payloads: Record<string, unknown> }>('community-note.json').payloads;

/** What a reader copying an embed off a page gets: its text, a line per paragraph and `<br>`. */
export function copiedText(html: string): string {
  const div = document.createElement('div');
  div.innerHTML = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>/gi, '\n</p>')
    .replace(/<\/div>/gi, '\n</div>');
  div.querySelectorAll('script, svg').forEach((node) => {
    node.remove();
  });
  return (div.textContent ?? '').replace(/[ \t]+\n/g, '\n').trim();
}

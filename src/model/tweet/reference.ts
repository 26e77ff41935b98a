/**
 * A post known only by its address: what WordPress stores for a tweet
 * embedded through its embed block, and a status URL alone on its line. It
 * is a `Tweet` with `source: 'reference'`, its id, handle and canonical URL,
 * and no text: a tweet block can hold it, its skip links name the author,
 * and an app that kept the post's JSON can put the whole tweet in its place.
 */
import { parseStatusUrl, profileUrl, statusUrl } from './links.js';
import type { Tweet } from './types.js';

/** The reference for a status URL on X that names its author, else undefined (`/i/web/status/…` names no one). */
export function tweetReference(url: string): Tweet | undefined {
  const status = parseStatusUrl(url);
  if (status?.handle === undefined) return undefined;
  const canonical = statusUrl(status.handle, status.id);
  if (canonical === undefined) return undefined;
  return {
    id: status.id,
    url: canonical,
    author: { name: '', handle: status.handle, url: profileUrl(status.handle) },
    body: [],
    media: [],
    source: 'reference',
  };
}

export function isTweetReference(tweet: Tweet): boolean {
  return tweet.source === 'reference';
}

/**
 * Where things on Bluesky live, built from validated parts (never taken from
 * input as a whole), so a handle or tag can't smuggle another host or scheme.
 */

const ORIGIN = 'https://bsky.app';
// A domain name handle (`alice.bsky.social`): letters, digits, hyphens, at least one dot.
const HANDLE =
  /^(?=.{3,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const DID = /^did:(?:plc:[a-z2-7]{24}|web:[A-Za-z0-9.%-]{1,253})$/;
const RKEY = /^[A-Za-z0-9._~:-]{1,512}$/;

export function isBlueskyHandle(value: unknown): value is string {
  // The AppView writes `handle.invalid` when a handle no longer resolves.
  return typeof value === 'string' && HANDLE.test(value) && value !== 'handle.invalid';
}

export function isDid(value: unknown): value is string {
  return typeof value === 'string' && DID.test(value);
}

export interface AtUri {
  /** A DID or a handle. */
  repo: string;
  collection: string;
  rkey: string;
}

/** `at://did:plc:…/app.bsky.feed.post/3k…` → its parts, or undefined. */
export function parseAtUri(value: unknown): AtUri | undefined {
  if (typeof value !== 'string' || value.length > 1000) return undefined;
  const match = /^at:\/\/([^/\s]+)\/([a-z][a-zA-Z0-9.-]{0,316})\/([^/\s]+)$/.exec(value);
  const [, repo, collection, rkey] = match ?? [];
  if (repo === undefined || collection === undefined || rkey === undefined) return undefined;
  if (!isDid(repo) && !isBlueskyHandle(repo)) return undefined;
  return RKEY.test(rkey) ? { repo, collection, rkey } : undefined;
}

/** The profile page of a handle or DID. */
export function blueskyProfileUrl(actor: string): string {
  return `${ORIGIN}/profile/${encodeURIComponent(actor)}`;
}

/** The page of a post, a list, a feed or a starter pack named by an at:// URI; undefined for other records. */
export function blueskyRecordUrl(uri: AtUri, actor?: string): string | undefined {
  const who = encodeURIComponent(actor ?? uri.repo);
  const rkey = encodeURIComponent(uri.rkey);
  switch (uri.collection) {
    case 'app.bsky.feed.post':
      return `${ORIGIN}/profile/${who}/post/${rkey}`;
    case 'app.bsky.graph.list':
      return `${ORIGIN}/profile/${who}/lists/${rkey}`;
    case 'app.bsky.feed.generator':
      return `${ORIGIN}/profile/${who}/feed/${rkey}`;
    case 'app.bsky.graph.starterpack':
      return `${ORIGIN}/starter-pack/${who}/${rkey}`;
    default:
      return undefined;
  }
}

export function blueskyHashtagUrl(tag: string): string {
  return `${ORIGIN}/hashtag/${encodeURIComponent(tag)}`;
}

/**
 * A post's address from either form a caller holds: an at:// URI, or a
 * `https://bsky.app/profile/<handle or did>/post/<rkey>` page.
 */
export function blueskyPostRef(input: unknown): { repo: string; rkey: string } | undefined {
  if (typeof input !== 'string' || input.length > 1000) return undefined;
  const trimmed = input.trim();
  if (trimmed.startsWith('at://')) {
    const uri = parseAtUri(trimmed);
    return uri?.collection === 'app.bsky.feed.post' ? { repo: uri.repo, rkey: uri.rkey } : undefined;
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || (url.hostname !== 'bsky.app' && url.hostname !== 'www.bsky.app')) return undefined;
  const match = /^\/profile\/([^/]+)\/post\/([^/]+)\/?$/.exec(url.pathname);
  const repo = match?.[1] ? decodeURIComponent(match[1]) : undefined;
  const rkey = match?.[2];
  if (repo === undefined || rkey === undefined || !RKEY.test(rkey)) return undefined;
  return isDid(repo) || isBlueskyHandle(repo) ? { repo, rkey } : undefined;
}

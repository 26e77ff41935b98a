/**
 * Where the entities inside a tweet point on X. Built here (not taken from
 * input) so that a handle or tag can never smuggle a different host or scheme.
 */
import { simpleUrl } from '../shared/url-pattern.js';
import { withoutScheme } from '../shared/url-simple.js';
import { isTweetId } from './snowflake.js';
import type { TweetAuthor } from './types.js';

const X_ORIGIN = 'https://x.com';
const HANDLE = /^[A-Za-z0-9_]{1,50}$/;

export function isHandle(handle: string): boolean {
  return HANDLE.test(handle);
}

/** `@handle`, or `@user@server` for a Mastodon account. */
export function postHandle(author: Pick<TweetAuthor, 'handle' | 'instance'>): string {
  return author.instance ? `@${author.handle}@${author.instance}` : `@${author.handle}`;
}

export function profileUrl(handle: string): string {
  return `${X_ORIGIN}/${encodeURIComponent(handle)}`;
}

export function statusUrl(handle: string, id: string): string | undefined {
  if (!isTweetId(id)) return undefined;
  return `${X_ORIGIN}/${encodeURIComponent(handle || 'i')}/status/${id}`;
}

export function hashtagUrl(tag: string): string {
  return `${X_ORIGIN}/hashtag/${encodeURIComponent(tag)}`;
}

export function cashtagUrl(symbol: string): string {
  return `${X_ORIGIN}/search?q=${encodeURIComponent(`$${symbol}`)}`;
}

const X_HOSTS = new Set([
  'twitter.com',
  'www.twitter.com',
  'mobile.twitter.com',
  'm.twitter.com',
  'x.com',
  'www.x.com',
  'mobile.x.com',
]);

/** Whether a URL is on X itself (twitter.com, x.com and their www/mobile hosts). */
export function isXUrl(url: Pick<URL, 'hostname'>): boolean {
  return X_HOSTS.has(url.hostname.toLowerCase());
}

type LinkParts = Pick<URL, 'protocol' | 'hostname' | 'pathname'>;

/** What the link checks read of a URL. An embed has a link per entity: most are read without a URL object. */
export function urlParts(href: string): LinkParts | undefined {
  const simple = simpleUrl(href);
  if (simple !== undefined) {
    // The fast path's href is `URL`'s own: its path is what follows the host, up to a query or fragment.
    const rest = simple.href.slice(simple.protocol.length + 2 + simple.hostname.length);
    const end = rest.search(/[?#]/);
    return { protocol: simple.protocol, hostname: simple.hostname, pathname: end === -1 ? rest : rest.slice(0, end) };
  }
  // A one-word paragraph is asked whether it is a status link: without a scheme the answer is known here.
  if (withoutScheme(href)) return undefined;
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

/**
 * The id (and handle, when the path has one) of a status link on X:
 * `/NAME/status/ID`, `/NAME/statuses/ID`, `/i/web/status/ID`, with any query or `/photo/1` tail.
 */
export function parseStatusUrl(href: string): { id: string; handle?: string } | undefined {
  const url = urlParts(href);
  if (url === undefined || !isXUrl(url) || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  const match = /^\/(?:([A-Za-z0-9_]{1,50})|i\/web|i)\/status(?:es)?\/([0-9]{1,20})(?:[/?#]|$)/.exec(url.pathname);
  if (match === null || match[2] === undefined) return undefined;
  const handle = match[1];
  return handle !== undefined && handle !== 'i' ? { id: match[2], handle } : { id: match[2] };
}

// First path segments on X that are pages, not profiles.
const NOT_PROFILES = new Set([
  'i',
  'home',
  'search',
  'explore',
  'hashtag',
  'intent',
  'share',
  'settings',
  'notifications',
  'messages',
  'login',
  'signup',
  'tos',
  'privacy',
]);

export type XLinkTarget =
  | { kind: 'hashtag'; tag: string }
  | { kind: 'cashtag'; symbol: string }
  | { kind: 'mention'; handle: string }
  | { kind: 'status'; id: string; handle?: string };

/** What a link on X points to: a hashtag page, a cashtag search, a profile or a status. */
export function classifyXLink(href: string): XLinkTarget | undefined {
  const url = urlParts(href);
  if (url === undefined || !isXUrl(url)) return undefined;
  const hashtag = /^\/hashtag\/([^/]+)\/?$/.exec(url.pathname);
  if (hashtag?.[1] !== undefined) {
    const tag = safeDecode(hashtag[1]);
    return tag ? { kind: 'hashtag', tag } : undefined;
  }
  if (url.pathname === '/search') {
    const query = new URL(href).searchParams.get('q') ?? '';
    if (/^\$[A-Za-z][A-Za-z0-9_.]{0,15}$/.test(query)) return { kind: 'cashtag', symbol: query.slice(1) };
    if (/^#[^\s#]+$/u.test(query)) return { kind: 'hashtag', tag: query.slice(1) };
    return undefined;
  }
  const status = parseStatusUrl(href);
  if (status !== undefined) return { kind: 'status', ...status };
  const profile = /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(url.pathname);
  if (profile?.[1] !== undefined && !NOT_PROFILES.has(profile[1].toLowerCase())) {
    return { kind: 'mention', handle: profile[1] };
  }
  return undefined;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

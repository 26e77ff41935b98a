/**
 * The one gate every URL passes before it reaches a model object, and again
 * before a component renders it: only absolute http(s) URLs survive (relative
 * ones when a base is given), so no `javascript:`, `data:`, `vbscript:` or
 * `file:` link can ever be rendered. URLs with credentials
 * (`https://x.com@evil.example/`) are refused too: they read as one host and
 * go to another.
 */

import { simpleUrl } from './url-pattern.js';
import type { SimpleUrl } from './url-simple.js';

// Browsers and servers refuse URLs far shorter than this; beyond it the input is an attack on the parser.
export const MAX_URL_LENGTH = 8192;

/** The hosts X serves media from: avatars, photos, video posters, badges, card images. */
export const X_MEDIA_HOSTS: ReadonlySet<string> = new Set([
  'pbs.twimg.com',
  'video.twimg.com',
  'abs.twimg.com',
  'ton.twimg.com',
]);

function parse(raw: unknown, base?: string): SimpleUrl | URL | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return undefined;
  // Browsers ignore ASCII whitespace and control characters inside a scheme.
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  // What our parsers give is in URL's own form already; a server render checks each of its links and images again.
  const simple = base === undefined ? simpleUrl(trimmed) : undefined;
  if (simple !== undefined) return simple;
  let url: URL;
  try {
    url = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  return url;
}

export function safeHttpUrl(raw: unknown, base?: string): string | undefined {
  return parse(raw, base)?.href;
}

/** The host an absolute http(s) URL names, as `URL` reads it (lower-case, IDNs in punycode). */
export function safeHttpHostname(raw: unknown): string | undefined {
  return parse(raw)?.hostname;
}

// Browsers count loopback as potentially trustworthy, so http there is not mixed content (local dev servers).
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * An image URL: https only (or http on loopback, which browsers never block
 * as mixed content), so a page served over https never loads mixed content,
 * and never with credentials.
 */
export function safeImageUrl(raw: unknown, base?: string): string | undefined {
  const url = parse(raw, base);
  if (!url) return undefined;
  return url.protocol === 'https:' || LOOPBACK.has(url.hostname) ? url.href : undefined;
}

/** Bluesky's image and video CDNs: a Bluesky post's media come from these alone. */
export const BLUESKY_MEDIA_HOSTS: ReadonlySet<string> = new Set([
  'cdn.bsky.app',
  'video.bsky.app',
  'video.cdn.bsky.app',
]);

function onHosts(hosts: ReadonlySet<string>): (raw: unknown) => string | undefined {
  return (raw) => {
    const url = parse(raw);
    return url?.protocol === 'https:' && hosts.has(url.hostname) ? url.href : undefined;
  };
}

function httpsUrl(raw: unknown): string | undefined {
  const url = parse(raw);
  return url?.protocol === 'https:' ? url.href : undefined;
}

/** An https URL on one of X's media hosts (what a tweet may load without an image loader). */
export const xMediaUrl = onHosts(X_MEDIA_HOSTS);
const blueskyMediaUrl = onHosts(BLUESKY_MEDIA_HOSTS);

/**
 * What a post of `network` may load without an image loader: X's or
 * Bluesky's own media hosts. Mastodon is federated, and each server picks
 * its media host (often a CDN of its own), so a Mastodon post's media need
 * only be https; a publisher who wants a list uses an image loader.
 */
export function postMediaUrl(network: 'x' | 'bluesky' | 'mastodon'): (raw: unknown) => string | undefined {
  return network === 'mastodon' ? httpsUrl : network === 'bluesky' ? blueskyMediaUrl : xMediaUrl;
}

/** Like safeHttpUrl, but also lets `mailto:` links through (article bodies). */
export function safeLinkUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw === 'string' && raw.length <= MAX_URL_LENGTH && /^\s*mailto:/i.test(raw)) {
    try {
      const url = new URL(raw.trim());
      return url.protocol === 'mailto:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }
  return safeHttpUrl(raw, base);
}

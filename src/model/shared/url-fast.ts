/**
 * The URL gate of url.ts with url-simple's fast path in front, for the
 * parsers: they meet URLs by the thousand (a text made of links), and a URL
 * already in URL's own form needs no `URL` object. Components check a few
 * URLs per render and use url.ts alone, so their bundles stay without the
 * fast path's bytes. The answers are the same (tests/hostile/url.property.test.ts).
 */
import {
  MAX_URL_LENGTH,
  safeHttpHostname,
  safeHttpUrl as slowHttpUrl,
  safeImageUrl as slowImageUrl,
  safeLinkUrl as slowLinkUrl,
} from './url.js';
import { simpleUrl } from './url-simple.js';

function simple(raw: unknown, base?: string) {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return undefined;
  const trimmed = raw.trim();
  // A path from the root (`/science/mars`, a CMS's own links) against a plain base is that base's origin and the
  // path, read as an absolute URL; `//host` is a different host and goes to `URL`.
  if (base !== undefined && trimmed.startsWith('/') && !trimmed.startsWith('//')) {
    const origin = simpleUrl(base);
    return origin && simpleUrl(`${origin.protocol}//${origin.hostname}${trimmed}`);
  }
  return simpleUrl(trimmed);
}

/** A relative reference with nothing to resolve it against: `URL` would throw, and a throw costs microseconds. */
function unresolvable(raw: unknown, base: string | undefined): boolean {
  if (base !== undefined || typeof raw !== 'string') return false;
  // `h`, as in http(s), is never relative: most URLs are answered here without the pattern.
  return raw.charCodeAt(0) !== 104 && /^\s*[/?#.]/.test(raw);
}

/** url.ts's safeHttpUrl, faster on URLs already in their normal form. */
export function safeHttpUrl(raw: unknown, base?: string): string | undefined {
  if (unresolvable(raw, base)) return undefined;
  return simple(raw, base)?.href ?? slowHttpUrl(raw, base);
}

/** url.ts's safeLinkUrl (http(s) or mailto), faster on URLs already in their normal form. */
export function safeLinkUrl(raw: unknown, base?: string): string | undefined {
  if (unresolvable(raw, base)) return undefined;
  return simple(raw, base)?.href ?? slowLinkUrl(raw, base);
}

/** url.ts's safeImageUrl (https, or http on loopback), faster on URLs already in their normal form. */
export function safeImageUrl(raw: unknown, base?: string): string | undefined {
  if (unresolvable(raw, base)) return undefined;
  const fast = simple(raw, base);
  // http is mixed content except on loopback, which url.ts decides.
  return fast?.protocol === 'https:' ? fast.href : slowImageUrl(raw, base);
}

/** The host an absolute http(s) URL names, as `URL` reads it (lower-case, IDNs in punycode). */
export function httpHostname(raw: string): string | undefined {
  return simple(raw)?.hostname ?? safeHttpHostname(raw);
}

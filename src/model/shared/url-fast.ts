/**
 * The URL gate of url.ts, for the parsers: they meet URLs by the thousand (a
 * text made of links, a CMS body of relative links), so two more cases skip
 * `URL` here. A path from the root against a base is read as that base's
 * origin and the path, and a relative reference with no base is refused
 * without the throw `URL` would make, and so are other schemes and credentials
 * (a body of hostile links). The answers are the same
 * (tests/hostile/url.property.test.ts).
 */
import {
  MAX_URL_LENGTH,
  safeHttpUrl as slowHttpUrl,
  safeImageUrl as slowImageUrl,
  safeLinkUrl as slowLinkUrl,
} from './url.js';
import { simpleUrl } from './url-pattern.js';
import { asUrlReads, SCHEME, type SimpleUrl, withoutScheme } from './url-simple.js';

/** `raw` against `base` as one absolute URL, when `raw` is a path from the root and `base` is in URL's own form. */
function rooted(raw: unknown, base: string | undefined): string | undefined {
  if (base === undefined || typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return undefined;
  const trimmed = raw.trim();
  // `//host` is a different host and goes to `URL`.
  if (!trimmed.startsWith('/') || trimmed.startsWith('//')) return undefined;
  const origin = simpleUrl(base);
  return origin && simpleUrl(`${origin.protocol}//${origin.hostname}${trimmed}`)?.href;
}

// After `http(s)://` (either slash may be a backslash), the authority: up to where the path, query or fragment starts.
const AUTHORITY = /^[/\\]{2}([^/\\?#]*)/;

/**
 * A reference without a scheme and nothing to resolve it against (a path, a bare word): `URL` would throw, and a
 * throw costs microseconds. Copied text asks this of every one-word line, which might be an embed's address.
 */
function unresolvable(raw: unknown, base: string | undefined): boolean {
  return base === undefined && typeof raw === 'string' && raw.length <= MAX_URL_LENGTH && withoutScheme(raw);
}

/**
 * Whether `URL` would certainly give something the gate refuses, told without building one (a body of hostile
 * links would build thousands): a scheme other than http(s), with or without a base, or credentials. Where
 * in doubt it answers false, and `URL` decides.
 */
function refusedUnread(raw: unknown, mailto: boolean): boolean {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return false;
  // Most links: http(s) without an `@`, answered by two native scans before any pattern.
  if ((raw.startsWith('https://') || raw.startsWith('http://')) && !raw.includes('@')) return false;
  const text = asUrlReads(raw);
  const scheme = SCHEME.exec(text)?.[1];
  if (scheme === undefined) return false;
  const lower = scheme.toLowerCase();
  if (lower !== 'http' && lower !== 'https') return !(mailto && lower === 'mailto');
  const authority = AUTHORITY.exec(text.slice(scheme.length + 1))?.[1];
  const at = authority?.lastIndexOf('@') ?? -1;
  // Everything before the last `@` is user and password; only `` and `:` leave both empty.
  return at > 0 && !(at === 1 && authority?.charAt(0) === ':');
}

/** `raw` already in URL's own form (most links in a text made of them), read before any other check. */
function plain(raw: unknown, base: string | undefined): SimpleUrl | undefined {
  return base === undefined && typeof raw === 'string' && raw.length <= MAX_URL_LENGTH ? simpleUrl(raw) : undefined;
}

/** url.ts's safeHttpUrl, faster on relative references. */
export function safeHttpUrl(raw: unknown, base?: string): string | undefined {
  const simple = plain(raw, base);
  if (simple !== undefined) return simple.href;
  if (unresolvable(raw, base) || refusedUnread(raw, false)) return undefined;
  return rooted(raw, base) ?? slowHttpUrl(raw, base);
}

/** url.ts's safeLinkUrl (http(s) or mailto), faster on relative references. */
export function safeLinkUrl(raw: unknown, base?: string): string | undefined {
  const simple = plain(raw, base);
  if (simple !== undefined) return simple.href;
  if (unresolvable(raw, base) || refusedUnread(raw, true)) return undefined;
  return rooted(raw, base) ?? slowLinkUrl(raw, base);
}

/** url.ts's safeImageUrl (https, or http on loopback), faster on relative references. */
export function safeImageUrl(raw: unknown, base?: string): string | undefined {
  const simple = plain(raw, base);
  if (simple?.protocol === 'https:') return simple.href;
  if (unresolvable(raw, base) || refusedUnread(raw, false)) return undefined;
  const fast = rooted(raw, base);
  // http is mixed content except on loopback, which url.ts decides.
  return fast?.startsWith('https:') ? fast : slowImageUrl(raw, base);
}

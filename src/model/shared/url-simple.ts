/**
 * The URL gate's fast path. Most URLs in tweets and articles are already in
 * the form WHATWG's parser gives back (`https://t.co/abc`,
 * `https://x.com/hashtag/a`): lower-case host of ASCII letters, digits,
 * hyphens and dots, a path of characters the parser never escapes, no port,
 * no credentials. Building a `URL` for each costs a microsecond or more,
 * which a text made of links pays once per few characters; these are read
 * here in one scan instead, and everything else goes to `URL` as before.
 * A property test (tests/hostile/url.property.test.ts) holds the two equal.
 */

export interface SimpleUrl {
  href: string;
  protocol: 'http:' | 'https:';
  hostname: string;
}

// Path, query and fragment characters that `URL` keeps exactly as written in http(s) URLs.
// `'` is left out of queries (special-scheme queries escape it); `%` is read on its own; `\`, `^`, `|` and
// anything outside ASCII always take the slow path.
const KEPT = new Uint8Array(128);
for (const char of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/")
  KEPT[char.charCodeAt(0)] = 1;

const SLASH = 47;
const DOT = 46;
const QUESTION = 63;
const HASH = 35;
const APOSTROPHE = 39;
const PERCENT = 37;

function isHostCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || code === DOT;
}

/** Whether `host` (lower-case letters, digits, `-`, `.`) is one `URL` keeps as it is. */
function plainHost(host: string): boolean {
  if (host === '' || host.includes('xn--')) return false;
  let labelStart = 0;
  for (let index = 0; index <= host.length; index += 1) {
    if (index < host.length && host.charCodeAt(index) !== DOT) continue;
    // Empty labels (`a..b`, a trailing dot) are left to `URL`.
    if (index === labelStart) return false;
    labelStart = index + 1;
  }
  // A last label that starts with a digit may be read as an IPv4 address (`a.0x7f`): `URL` decides.
  const last = host.charCodeAt(host.lastIndexOf('.') + 1);
  return !(last >= 48 && last <= 57);
}

/** Whether the path has a `.` or `..` segment, which `URL` would resolve. */
function hasDotSegment(path: string): boolean {
  let segmentStart = 0;
  for (let index = 0; index <= path.length; index += 1) {
    if (index < path.length && path.charCodeAt(index) !== SLASH) continue;
    const length = index - segmentStart;
    if (
      (length === 1 && path.charCodeAt(segmentStart) === DOT) ||
      (length === 2 && path.charCodeAt(segmentStart) === DOT && path.charCodeAt(segmentStart + 1) === DOT)
    ) {
      return true;
    }
    segmentStart = index + 1;
  }
  return false;
}

/** Whether `host` is a host name `URL` gives back exactly as written (so `http://${host}` needs no URL object). */
export function isPlainHostname(host: string): boolean {
  for (let index = 0; index < host.length; index += 1) if (!isHostCode(host.charCodeAt(index))) return false;
  return plainHost(host);
}

/**
 * `raw` read without `URL` when it is already in the parser's own form; undefined
 * means only that the fast path does not apply (the caller asks `URL`).
 */
export function simpleUrl(raw: string): SimpleUrl | undefined {
  const protocol = raw.startsWith('https://') ? 'https:' : raw.startsWith('http://') ? 'http:' : undefined;
  if (protocol === undefined) return undefined;
  const hostStart = protocol.length + 2;
  let index = hostStart;
  while (index < raw.length && isHostCode(raw.charCodeAt(index))) index += 1;
  const hostname = raw.slice(hostStart, index);
  if (!plainHost(hostname)) return undefined;
  const rest = raw.slice(index);
  const first = rest.charCodeAt(0);
  if (rest !== '' && first !== SLASH && first !== QUESTION && first !== HASH) return undefined;
  // 0: path, 1: query, 2: fragment.
  let part = 0;
  let pathEnd = rest.length;
  for (let at = 0; at < rest.length; at += 1) {
    const code = rest.charCodeAt(at);
    if (code === QUESTION && part === 0) {
      part = 1;
      pathEnd = at;
    } else if (code === HASH && part < 2) {
      if (part === 0) pathEnd = at;
      part = 2;
    } else if (code === PERCENT) {
      // `URL` keeps escapes as written, except that `%2e` is a dot in a path's dot segments.
      if (part === 0 && rest.charCodeAt(at + 1) === 50 && (rest.charCodeAt(at + 2) | 32) === 101) return undefined;
    } else if (code >= 128 || KEPT[code] !== 1) {
      if (!(code === QUESTION || code === HASH) || part === 0) return undefined;
    } else if (code === APOSTROPHE && part === 1) {
      return undefined;
    }
  }
  const path = rest.slice(0, pathEnd);
  if (hasDotSegment(path)) return undefined;
  const href = path === '' ? `${raw.slice(0, index)}/${rest}` : raw;
  return { href, protocol, hostname };
}

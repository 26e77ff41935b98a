/**
 * The URL gate's fast path. Most URLs in tweets and articles are already in
 * the form WHATWG's parser gives back (`https://t.co/abc`,
 * `https://x.com/hashtag/a`): lower-case host of ASCII letters, digits,
 * hyphens and dots, a path of characters the parser never escapes, no port,
 * no credentials. Building a `URL` for each costs a microsecond or more,
 * which a text made of links pays once per few characters and a server
 * render once per link and image; these are read here by one pattern
 * instead, and everything else goes to `URL` as before. A property test
 * (tests/hostile/url.property.test.ts) holds the two equal. Here too: how
 * `URL` reads a scheme, so a string without one is refused without a throw.
 */

export interface SimpleUrl {
  href: string;
  protocol: 'http:' | 'https:';
  hostname: string;
}

// Labels of lower-case letters, digits and hyphens; the last one may not start with a digit (`a.0x7f` may be read
// as an IPv4 address), and punycode (`xn--`) is left to `URL`, which checks it. Empty labels never match.
const HOST = '(?![^/?#]*xn--)((?:[a-z\\d-]+\\.)*[a-z-][a-z\\d-]*)';
// Path characters `URL` keeps as written. A `.` or `..` segment would be resolved, and so would `%2e`.
const PATH = "((?:/(?!\\.\\.?(?:[/?#]|$))(?:[\\w\\-.~!$&'()*+,;=:@]|%(?!2[eE]))*)*)";
// Special-scheme queries escape `'`; fragments keep it. `\`, `^`, `|`, spaces and non-ASCII take the slow path.
const QUERY = "(\\?[\\w\\-.~!$&()*+,;=:@/?%]*)?(#[\\w\\-.~!$&'()*+,;=:@/?%#]*)?";
// Each part is a run of characters that the next part does not start with, so a match never backtracks far.
const SIMPLE = new RegExp(`^(https?:)//${HOST}${PATH}${QUERY}$`);
const PLAIN_HOST = new RegExp(`^${HOST}$`);

/** Whether `host` is a host name `URL` gives back exactly as written (so `http://${host}` needs no URL object). */
export function isPlainHostname(host: string): boolean {
  return PLAIN_HOST.test(host);
}

/**
 * `raw` read without `URL` when it is already in the parser's own form; undefined
 * means only that the fast path does not apply (the caller asks `URL`).
 */
export function simpleUrl(raw: string): SimpleUrl | undefined {
  const match = SIMPLE.exec(raw);
  if (match === null) return undefined;
  const [, scheme = '', hostname = '', path] = match;
  const protocol = scheme as SimpleUrl['protocol'];
  // `URL` gives a URL without a path the root path.
  const href = path === '' ? `${protocol}//${hostname}/${raw.slice(protocol.length + 2 + hostname.length)}` : raw;
  return { href, protocol, hostname };
}

// A scheme as URL reads one (it drops tabs and line breaks anywhere first). Anchored, one run: linear.
export const SCHEME = /^([a-z][a-z\d+.-]*):/i;
const TABS_AND_BREAKS = /[\t\n\r]/g;
// What URL skips before a scheme: C0 controls and spaces.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters URL skips
const LEADING_CONTROLS = /^[\u0000-\u0020]+/;

/** What `URL` reads of `raw` as the gate hands it over: trimmed, without tabs and line breaks. */
export function asUrlReads(raw: string): string {
  const trimmed = raw.trim();
  return trimmed.includes('\t') || trimmed.includes('\n') || trimmed.includes('\r')
    ? trimmed.replace(TABS_AND_BREAKS, '')
    : trimmed;
}

/**
 * Whether `raw` has no scheme, so that `URL` without a base would certainly throw (a throw costs microseconds,
 * and copied text asks of every one-word line whether it is a link). Trimming first only ever finds more schemes.
 */
export function withoutScheme(raw: string): boolean {
  return !SCHEME.test(asUrlReads(raw).replace(LEADING_CONTROLS, ''));
}

/**
 * What the URL gate reads without `URL`: the host names `URL` gives back as
 * written, and how `URL` reads a scheme, so a string without one is refused
 * without a throw. The gate's fast path for whole URLs is url-pattern.ts:
 * `URL` itself in a browser, one pattern on a server (url-pattern.node.ts).
 */

export interface SimpleUrl {
  href: string;
  protocol: 'http:' | 'https:';
  hostname: string;
}

// Labels of lower-case letters, digits and hyphens; the last one may not start with a digit (`a.0x7f` may be read
// as an IPv4 address), and punycode (`xn--`) is left to `URL`, which checks it. Empty labels never match.
export const HOST = '(?![^/?#]*xn--)((?:[a-z\\d-]+\\.)*[a-z-][a-z\\d-]*)';
const PLAIN_HOST = new RegExp(`^${HOST}$`);

/** Whether `host` is a host name `URL` gives back exactly as written (so `http://${host}` needs no URL object). */
export function isPlainHostname(host: string): boolean {
  return PLAIN_HOST.test(host);
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

/**
 * The URL gate's fast path on a server (a browser gets url-pattern.ts, which
 * always asks `URL`). Most URLs in tweets and articles are already in the form
 * WHATWG's parser gives back (`https://t.co/abc`, `https://x.com/hashtag/a`):
 * lower-case host of ASCII letters, digits, hyphens and dots, a path of
 * characters the parser never escapes, no port, no credentials. Building a
 * `URL` for each costs a microsecond or more, which a text made of links pays
 * once per few characters and a server render once per link and image; these
 * are read here by one pattern instead, and everything else goes to `URL` as
 * before. A property test (tests/hostile/url.property.test.ts) holds the two equal.
 */
import { HOST, type SimpleUrl } from './url-simple.js';

// Path characters `URL` keeps as written. A `.` or `..` segment would be resolved, and so would `%2e`.
const PATH = "((?:/(?!\\.\\.?(?:[/?#]|$))(?:[\\w\\-.~!$&'()*+,;=:@]|%(?!2[eE]))*)*)";
// Special-scheme queries escape `'`; fragments keep it. `\`, `^`, `|`, spaces and non-ASCII take the slow path.
const QUERY = "(\\?[\\w\\-.~!$&()*+,;=:@/?%]*)?(#[\\w\\-.~!$&'()*+,;=:@/?%#]*)?";
// Each part is a run of characters that the next part does not start with, so a match never backtracks far.
const SIMPLE = new RegExp(`^(https?:)//${HOST}${PATH}${QUERY}$`);

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

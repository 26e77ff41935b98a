/**
 * The URL gate's fast path, as every bundle but a server's has it: none.
 * `simpleUrl` never applies, so each URL goes to `URL`, which a browser
 * already carries; a browser renders a few posts, not thousands. A server
 * gets url-pattern.node.ts instead (package.json "imports": "#url-pattern"),
 * which reads most URLs by one pattern, several times faster, with the same
 * answers (tests/hostile/url.property.test.ts).
 */
import type { SimpleUrl } from './url-simple.js';

/** Undefined: the fast path does not apply, and the caller asks `URL`. */
export function simpleUrl(_raw: string): SimpleUrl | undefined {
  return undefined;
}

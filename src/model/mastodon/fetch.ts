/**
 * Server-side reading of one Mastodon status from its server's public API
 * (`/api/v1/statuses/:id`, no token), parsed with parseMastodonStatus. The
 * URL is checked before any request: https, a public host name (no IP
 * addresses, no `localhost`, no port), a status path. The request itself
 * (options, time limit, abort, size cap, no redirects, never a rejection) is
 * the shared fetchJson; this adds the URL, which statuses mean "no such
 * status" and the check that the answer is the status asked for.
 */
import { type FetchJsonErrorCode, type FetchJsonOptions, fetchJson } from '../shared/fetch-json.js';
import { at } from '../shared/read.js';
import { fail, type ParseResult } from '../shared/result.js';
import type { Tweet } from '../tweet/types.js';
import { type MastodonErrorCode, parseMastodonStatus } from './status.js';

/**
 * Why `fetchMastodonStatus` has no status: the arguments (`invalid-input`,
 * `invalid-options`), the connection (`network`, `timeout`, `aborted` by the
 * caller), the server's answer (`not-found` for 401, 404 and 410,
 * `http-status` for any other non-2xx, `too-large` past 2 MB,
 * `invalid-response` for what isn't a response at all, `wrong-post` when it
 * is another status than the one asked for), or the payload itself (the
 * parser's codes).
 */
export type FetchMastodonErrorCode = 'invalid-input' | FetchJsonErrorCode | 'wrong-post' | MastodonErrorCode;
/** `fetch`, `signal` and `timeoutMs` (1 to 60000, default 5000), checked before any request. */
export type FetchMastodonOptions = FetchJsonOptions;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/** `https://server/@user/ID`, `…/@user@other/ID`, `…/users/user/statuses/ID` or `…/notice/ID` → the API URL. */
export function mastodonApiUrl(statusUrl: string): string | undefined {
  if (typeof statusUrl !== 'string' || statusUrl.length > 2000) return undefined;
  let url: URL;
  try {
    url = new URL(statusUrl.trim());
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  // A server asks only public hosts: an IP literal or a single-label name could reach the private network.
  if (
    url.protocol !== 'https:' ||
    url.port !== '' ||
    url.username !== '' ||
    !HOST.test(host) ||
    host.endsWith('.localhost')
  ) {
    return undefined;
  }
  const match =
    /^\/@[^/]{1,200}\/([^/]+)\/?$/.exec(url.pathname) ??
    /^\/users\/[^/]{1,200}\/statuses\/([^/]+)\/?$/.exec(url.pathname) ??
    /^\/notice\/([^/]+)\/?$/.exec(url.pathname);
  const id = match?.[1];
  return id !== undefined && ID.test(id) ? `https://${host}/api/v1/statuses/${id}` : undefined;
}

/** One status, by its URL on its server. Never throws and always settles, within `timeoutMs`. */
export async function fetchMastodonStatus(
  statusUrl: string,
  options?: FetchMastodonOptions,
): Promise<ParseResult<Tweet, FetchMastodonErrorCode>> {
  const api = mastodonApiUrl(statusUrl);
  if (api === undefined) {
    return fail(
      'invalid-input',
      `"${typeof statusUrl === 'string' ? statusUrl.slice(0, 80) : typeof statusUrl}" is not a Mastodon status URL like https://mastodon.social/@user/123.`,
    );
  }
  const { host, pathname } = new URL(api);
  const id = pathname.slice(pathname.lastIndexOf('/') + 1);
  // Servers with authorized fetch answer 401 for what they won't show logged out; 410 is a status deleted.
  const notFound = (status: number) => status === 401 || status === 410;
  return fetchJson(
    { url: api, what: `status ${id}`, server: host, notFound, redirect: 'error' },
    options,
    (json): ParseResult<Tweet, FetchMastodonErrorCode> => {
      // A boost is read as the status it boosts, so the id is checked on the answer itself.
      const answered = at(json, 'id');
      if (typeof answered === 'string' && answered !== id) {
        return fail(
          'wrong-post',
          `Asked ${host} for status ${id} but it answered with status ${answered.slice(0, 64)}.`,
        );
      }
      return parseMastodonStatus(json);
    },
  );
}

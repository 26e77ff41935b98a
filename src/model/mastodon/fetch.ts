/**
 * Server-side reading of one Mastodon status from its server's public API
 * (`/api/v1/statuses/:id`, no token), parsed with parseMastodonStatus. The
 * URL is checked before any request: https, a public host name (no IP
 * addresses, no `localhost`, no port), a status path. Never throws.
 */
import { type FetchJsonErrorCode, type FetchJsonOptions, fetchJson } from '../shared/fetch-json.js';
import { describeError, fail, type ParseResult } from '../shared/result.js';
import type { Tweet } from '../tweet/types.js';
import { type MastodonErrorCode, parseMastodonStatus } from './status.js';

export type FetchMastodonErrorCode = 'invalid-input' | FetchJsonErrorCode | MastodonErrorCode;
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

export async function fetchMastodonStatus(
  statusUrl: string,
  options: FetchMastodonOptions = {},
): Promise<ParseResult<Tweet, FetchMastodonErrorCode>> {
  try {
    const api = mastodonApiUrl(statusUrl);
    if (api === undefined) {
      const given = typeof statusUrl === 'string' ? `"${statusUrl.slice(0, 80)}"` : `A ${typeof statusUrl}`;
      return fail('invalid-input', `${given} is not a Mastodon status URL like https://mastodon.social/@user/123.`);
    }
    // Servers with authorized fetch answer 401 for what they won't show logged out.
    const answer = await fetchJson(
      api,
      `Mastodon status ${api}`,
      options,
      (status) => status === 401 || status === 410,
    );
    return answer.ok ? parseMastodonStatus(answer.value) : answer;
  } catch (error) {
    // A backstop: nothing above is meant to throw.
    return fail('network', `Fetching the Mastodon status failed: ${describeError(error)}`);
  }
}

/**
 * Server-side reading of one Bluesky post from the public AppView (no
 * account, no token): `getPostThread` with the parent, parsed with
 * parseBlueskyPost. Never throws.
 */
import { type FetchJsonErrorCode, type FetchJsonOptions, fetchJson } from '../shared/fetch-json.js';
import { describeError, fail, type ParseResult } from '../shared/result.js';
import type { Tweet } from '../tweet/types.js';
import { blueskyPostRef } from './links.js';
import { type BlueskyErrorCode, parseBlueskyPost } from './post.js';

const ENDPOINT = 'https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread';

export type FetchBlueskyErrorCode = 'invalid-input' | FetchJsonErrorCode | BlueskyErrorCode;
export type FetchBlueskyOptions = FetchJsonOptions;

/** The AppView request for a post (an at:// URI or a bsky.app post URL), or undefined for anything else. */
export function blueskyThreadUrl(atUriOrUrl: string): string | undefined {
  const ref = blueskyPostRef(atUriOrUrl);
  if (ref === undefined) return undefined;
  const url = new URL(ENDPOINT);
  url.searchParams.set('uri', `at://${ref.repo}/app.bsky.feed.post/${ref.rkey}`);
  url.searchParams.set('depth', '0');
  url.searchParams.set('parentHeight', '1');
  return url.href;
}

export async function fetchBlueskyPost(
  atUriOrUrl: string,
  options: FetchBlueskyOptions = {},
): Promise<ParseResult<Tweet, FetchBlueskyErrorCode>> {
  try {
    const url = typeof atUriOrUrl === 'string' ? blueskyThreadUrl(atUriOrUrl) : undefined;
    if (url === undefined) {
      const given = typeof atUriOrUrl === 'string' ? `"${atUriOrUrl.slice(0, 80)}"` : `A ${typeof atUriOrUrl}`;
      return fail(
        'invalid-input',
        `${given} is not a Bluesky post: pass at://…/app.bsky.feed.post/… or https://bsky.app/profile/…/post/….`,
      );
    }
    // The AppView answers 400 `NotFound` for a post that doesn't exist.
    const answer = await fetchJson(
      url,
      `Bluesky post ${atUriOrUrl.slice(0, 80)}`,
      options,
      (status, body) => status === 400 && /"error"\s*:\s*"NotFound"/.test(body.slice(0, 200)),
    );
    return answer.ok ? parseBlueskyPost(answer.value) : answer;
  } catch (error) {
    // A backstop: nothing above is meant to throw.
    return fail('network', `Fetching the Bluesky post failed: ${describeError(error)}`);
  }
}

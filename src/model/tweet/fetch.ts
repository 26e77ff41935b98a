/**
 * Server-side reading of one tweet from X's public syndication endpoint (the
 * one X's own embeds use), parsed with parseSyndicationTweet. The request
 * itself (options, time limit, abort, size cap, never a rejection) is the
 * shared fetchJson; this adds the URL, X's ways of saying "no such tweet"
 * and the check that the answer holds the tweet asked for.
 */
import { type FetchJsonErrorCode, type FetchJsonOptions, fetchJson } from '../shared/fetch-json.js';
import { fail, type ParseResult } from '../shared/result.js';
import { isTweetId } from './snowflake.js';
import { parseSyndicationTweet, type SyndicationErrorCode } from './syndication.js';
import type { Tweet } from './types.js';

const ENDPOINT = 'https://cdn.syndication.twimg.com/tweet-result';
// Without these X leaves out badges, avatar shapes and edit data.
const FEATURES = [
  'tfw_tweet_edit_backend:on',
  'tfw_tweet_edit_frontend:on',
  'tfw_use_profile_image_shape_enabled:on',
  'tfw_show_blue_verified_badge:on',
  'tfw_show_business_verified_badge:on',
  'tfw_show_gov_verified_badge:on',
  'tfw_show_business_affiliate_badge:on',
  'tfw_legacy_timeline_sunset:true',
  // Without it X leaves out the Community Note (`birdwatch_pivot`).
  'tfw_show_birdwatch_pivots_enabled:on',
].join(';');

/**
 * Why `fetchTweet` has no tweet: the arguments (`invalid-id`,
 * `invalid-options`), the connection (`network`, `timeout`, `aborted` by the
 * caller), X's answer (`http-status` for anything but 2xx and 404,
 * `not-found`, `too-large` past MAX_BODY_BYTES, `invalid-response` for what
 * isn't a response at all, `wrong-tweet` when it holds another tweet than
 * the one asked for), or the payload itself (the syndication parser's codes).
 */
export type FetchTweetErrorCode = 'invalid-id' | FetchJsonErrorCode | 'wrong-tweet' | SyndicationErrorCode;

/** `fetch`, `signal` and `timeoutMs` (1 to MAX_TIMEOUT_MS, default 5000), checked before any request. */
export type FetchTweetOptions = FetchJsonOptions;

/**
 * The endpoint wants a token derived from the id; it is the id scaled into a
 * base-36 string with zeros and the point left out (what X's widget sends).
 */
export function syndicationToken(id: string): string {
  return ((Number(id) / 1e15) * Math.PI).toString(36).replace(/(0+|\.)/g, '');
}

export function syndicationUrl(id: string): string {
  const url = new URL(ENDPOINT);
  url.searchParams.set('id', id);
  url.searchParams.set('lang', 'en');
  url.searchParams.set('features', FEATURES);
  url.searchParams.set('token', syndicationToken(id));
  return url.href;
}

// Where the limits live now; re-exported so code that read them here keeps working.
export { MAX_BODY_BYTES, MAX_TIMEOUT_MS } from '../shared/fetch-json.js';

/**
 * One tweet by id. Never throws and always settles: its own timer runs
 * against the request and the body alike (a fetch that ignores its signal
 * still times out), and every answer is checked before it is trusted.
 */
export async function fetchTweet(
  id: string,
  options?: FetchTweetOptions,
): Promise<ParseResult<Tweet, FetchTweetErrorCode>> {
  // Unknown, not string: callers without types pass anything, and the message must say what.
  const given: unknown = id;
  if (!isTweetId(given)) {
    return fail(
      'invalid-id',
      `"${typeof given === 'string' ? given.slice(0, 40) : typeof given}" is not a tweet id: ids are 1–20 digits.`,
    );
  }
  // X answers a missing or private tweet with a 404, an empty body, or `{}`.
  const empty = (status: number, body: string) => status >= 200 && status < 300 && body.trim() === '';
  return fetchJson({ url: syndicationUrl(id), what: `tweet ${id}`, server: 'X', notFound: empty }, options, (json) =>
    readTweet(id, json),
  );
}

function readTweet(id: string, data: unknown): ParseResult<Tweet, FetchTweetErrorCode> {
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && Object.keys(data).length === 0) {
    return fail('not-found', `X answered {} for tweet ${id}: it does not exist or is private.`);
  }
  const result = parseSyndicationTweet(data);
  if (result.ok && result.value.id !== id) {
    return fail('wrong-tweet', `Asked X for tweet ${id} but it answered with tweet ${result.value.id ?? '(no id)'}.`);
  }
  return result;
}

/**
 * Server-side reading of one tweet from X's public syndication endpoint (the
 * one X's own embeds use), parsed with parseSyndicationTweet. Never throws:
 * every failure is a ParseResult with a code a caller can branch on.
 */
import { fail, type ParseResult } from '../shared/result.js';
import { isTweetId } from './snowflake.js';
import { parseSyndicationTweet, type SyndicationErrorCode } from './syndication.js';
import type { Tweet } from './types.js';

const ENDPOINT = 'https://cdn.syndication.twimg.com/tweet-result';
const DEFAULT_TIMEOUT_MS = 5000;
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
 * Why `fetchTweet` has no tweet: the id, the connection (`network`, `timeout`,
 * `aborted` by the caller), X's answer (`http-status` for anything but 2xx and
 * 404, `not-found`), or the payload itself (the syndication parser's codes).
 */
export type FetchTweetErrorCode =
  | 'invalid-id'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'http-status'
  | 'not-found'
  | SyndicationErrorCode;

export interface FetchTweetOptions {
  /** Defaults to the global `fetch`; pass your own to add caching, a proxy, or a recorded response in tests. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Cancels the request (e.g. when the page request that needed it went away). */
  signal?: AbortSignal;
  /** Give up after this many milliseconds (default 5000). */
  timeoutMs?: number;
}

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

export async function fetchTweet(
  id: string,
  options: FetchTweetOptions = {},
): Promise<ParseResult<Tweet, FetchTweetErrorCode>> {
  if (!isTweetId(id)) {
    return fail('invalid-id', `"${String(id).slice(0, 40)}" is not a tweet id: ids are 1–20 digits.`);
  }
  const fetchImpl = options.fetch ?? (typeof fetch === 'function' ? fetch : undefined);
  if (fetchImpl === undefined) {
    return fail('network', 'No `fetch` is available here; pass one in the options.');
  }
  const timeoutMs =
    typeof options.timeoutMs === 'number' && options.timeoutMs > 0 ? options.timeoutMs : DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

  let status: number;
  let body: string;
  try {
    const response = await fetchImpl(syndicationUrl(id), { signal, headers: { accept: 'application/json' } });
    status = response.status;
    body = await response.text();
  } catch (error) {
    if (options.signal?.aborted) return fail('aborted', `Fetching tweet ${id} was cancelled by the caller.`);
    if (timeout.aborted) return fail('timeout', `X did not answer for tweet ${id} within ${timeoutMs} ms.`);
    return fail(
      'network',
      `Could not reach X for tweet ${id}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  if (status === 404) return fail('not-found', `X has no tweet ${id} (404).`);
  if (status < 200 || status >= 300) {
    return fail('http-status', `X answered ${status} for tweet ${id}; try again later (rate limits clear in minutes).`);
  }
  if (body.trim() === '') return fail('not-found', `X answered with an empty body for tweet ${id}.`);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return fail('invalid-payload', `X's answer for tweet ${id} is not JSON (it starts "${body.slice(0, 40)}").`);
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && Object.keys(data).length === 0) {
    return fail('not-found', `X answered {} for tweet ${id}: it does not exist or is private.`);
  }
  const result = parseSyndicationTweet(data);
  if (result.ok && result.value.id !== id) {
    result.warnings.push(`Asked X for tweet ${id} but it answered with tweet ${result.value.id ?? '(no id)'}.`);
  }
  return result;
}

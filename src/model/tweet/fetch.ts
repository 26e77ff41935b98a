/**
 * Server-side reading of one tweet from X's public syndication endpoint (the
 * one X's own embeds use), parsed with parseSyndicationTweet. Never throws:
 * every failure is a ParseResult with a code a caller can branch on.
 */
import { describeError, fail, type ParseError, type ParseResult } from '../shared/result.js';
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
 * Why `fetchTweet` has no tweet: the arguments (`invalid-id`,
 * `invalid-options`), the connection (`network`, `timeout`, `aborted` by the
 * caller), X's answer (`http-status` for anything but 2xx and 404,
 * `not-found`, `too-large` past MAX_BODY_BYTES, `invalid-response` for what
 * isn't a response at all, `wrong-tweet` when it holds another tweet than
 * the one asked for), or the payload itself (the syndication parser's codes).
 */
export type FetchTweetErrorCode =
  | 'invalid-id'
  | 'invalid-options'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'http-status'
  | 'not-found'
  | 'too-large'
  | 'invalid-response'
  | 'wrong-tweet'
  | SyndicationErrorCode;

export interface FetchTweetOptions {
  /** Defaults to the global `fetch`; pass your own to add caching, a proxy, or a recorded response in tests. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Cancels the request (e.g. when the page request that needed it went away). */
  signal?: AbortSignal;
  /** Give up after this many milliseconds, the body included: 1 to MAX_TIMEOUT_MS (default 5000). */
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

/** The longest `timeoutMs` (one minute): a page render waits for this at most. */
export const MAX_TIMEOUT_MS = 60_000;
/** The largest answer read (bytes): a tweet's payload is a few tens of kilobytes. */
export const MAX_BODY_BYTES = 2_000_000;

type Failure = { ok: false; error: ParseError<FetchTweetErrorCode> };

// What fetchTweet uses of a signal; checked by shape, since a signal from another realm fails instanceof.
function isSignal(value: unknown): value is AbortSignal {
  if (typeof value !== 'object' || value === null) return false;
  const signal = value as { aborted?: unknown; addEventListener?: unknown; removeEventListener?: unknown };
  return (
    typeof signal.aborted === 'boolean' &&
    typeof signal.addEventListener === 'function' &&
    typeof signal.removeEventListener === 'function'
  );
}

/** The options as given, or why they can't be used; nothing is assumed about their shape. */
function readOptions(
  options: unknown,
): { fetch: FetchTweetOptions['fetch'] | undefined; signal?: AbortSignal; timeoutMs: number } | Failure {
  if (options === undefined || options === null) return { fetch: undefined, timeoutMs: DEFAULT_TIMEOUT_MS };
  if (typeof options !== 'object') return fail('invalid-options', 'The options of fetchTweet must be an object.');
  const { fetch: fetchImpl, signal, timeoutMs } = options as { [key: string]: unknown };
  if (fetchImpl !== undefined && typeof fetchImpl !== 'function') {
    return fail('invalid-options', '`fetch` must be a function like the global fetch.');
  }
  if (signal !== undefined && !isSignal(signal)) {
    return fail('invalid-options', '`signal` must be an AbortSignal (from an AbortController).');
  }
  if (
    timeoutMs !== undefined &&
    (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS)
  ) {
    return fail('invalid-options', `\`timeoutMs\` must be a number of milliseconds from 1 to ${MAX_TIMEOUT_MS}.`);
  }
  return {
    fetch: fetchImpl as FetchTweetOptions['fetch'] | undefined,
    ...(signal ? { signal } : {}),
    timeoutMs: (timeoutMs as number | undefined) ?? DEFAULT_TIMEOUT_MS,
  };
}

/** The body as text, at most `MAX_BODY_BYTES`, from a stream when there is one. */
async function readBody(response: Response): Promise<string | Failure> {
  const length = Number(response.headers?.get?.('content-length'));
  if (Number.isFinite(length) && length > MAX_BODY_BYTES) {
    return fail('too-large', `X's answer is ${length} bytes; a tweet is far smaller (the limit is ${MAX_BODY_BYTES}).`);
  }
  const body = response.body;
  if (body && typeof body.getReader === 'function') {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // isView, not instanceof: a stream from another realm (a test DOM, a worker) has its own Uint8Array.
      if (!ArrayBuffer.isView(value)) return fail('invalid-response', "X's answer is not a byte stream.");
      bytes += value.byteLength;
      if (bytes > MAX_BODY_BYTES) {
        reader.cancel().catch(() => undefined);
        return fail('too-large', `X's answer is over ${MAX_BODY_BYTES} bytes; a tweet is far smaller.`);
      }
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  }
  if (typeof response.text !== 'function') return fail('invalid-response', "X's answer has no body to read.");
  const text: unknown = await response.text();
  if (typeof text !== 'string') return fail('invalid-response', "X's answer body is not text.");
  if (text.length > MAX_BODY_BYTES) return fail('too-large', `X's answer is over ${MAX_BODY_BYTES} characters.`);
  return text;
}

/**
 * One tweet by id. Never throws and always settles: its own timer runs
 * against the request and the body alike (a fetch that ignores its signal
 * still times out), and every answer is checked before it is trusted.
 */
export async function fetchTweet(
  id: string,
  options?: FetchTweetOptions,
): Promise<ParseResult<Tweet, FetchTweetErrorCode>> {
  try {
    return await fetchChecked(id, options);
  } catch (error) {
    // A backstop: everything above is written not to throw.
    return fail('network', `Fetching the tweet failed: ${describeError(error)}`);
  }
}

async function fetchChecked(id: unknown, rawOptions: unknown): Promise<ParseResult<Tweet, FetchTweetErrorCode>> {
  if (!isTweetId(id)) {
    return fail(
      'invalid-id',
      `"${typeof id === 'string' ? id.slice(0, 40) : typeof id}" is not a tweet id: ids are 1–20 digits.`,
    );
  }
  const options = readOptions(rawOptions);
  if ('ok' in options) return options;
  const fetchImpl = options.fetch ?? (typeof fetch === 'function' ? fetch : undefined);
  if (fetchImpl === undefined) return fail('network', 'No `fetch` is available here; pass one in the options.');
  const { signal: callerSignal, timeoutMs } = options;
  if (callerSignal?.aborted) return fail('aborted', `Fetching tweet ${id} was cancelled by the caller.`);

  // Our own controller and timer: they end the wait even when the fetch or the body never does.
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<Failure>((resolve) => {
    timer = setTimeout(() => {
      resolve(fail('timeout', `X did not answer for tweet ${id} within ${timeoutMs} ms.`));
      controller.abort();
    }, timeoutMs);
    onAbort = () => {
      resolve(fail('aborted', `Fetching tweet ${id} was cancelled by the caller.`));
      controller.abort();
    };
    callerSignal?.addEventListener('abort', onAbort, { once: true });
  });
  const request = (async (): Promise<{ status: number; body: string } | Failure> => {
    let response: unknown;
    try {
      response = await fetchImpl(syndicationUrl(id), {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      return fail('network', `Could not reach X for tweet ${id}: ${describeError(error)}`);
    }
    if (typeof response !== 'object' || response === null || typeof (response as Response).status !== 'number') {
      return fail('invalid-response', `The fetch for tweet ${id} gave no response object.`);
    }
    const status = (response as Response).status;
    try {
      const body = await readBody(response as Response);
      return typeof body === 'string' ? { status, body } : body;
    } catch (error) {
      return fail('network', `Reading X's answer for tweet ${id} failed: ${describeError(error)}`);
    }
  })();
  let answer: { status: number; body: string } | Failure;
  try {
    answer = await Promise.race([request, stopped]);
  } finally {
    clearTimeout(timer);
    if (onAbort) callerSignal?.removeEventListener('abort', onAbort);
  }
  if ('ok' in answer) return answer;
  return readAnswer(id, answer.status, answer.body);
}

function readAnswer(id: string, status: number, body: string): ParseResult<Tweet, FetchTweetErrorCode> {
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
    return fail('wrong-tweet', `Asked X for tweet ${id} but it answered with tweet ${result.value.id ?? '(no id)'}.`);
  }
  return result;
}

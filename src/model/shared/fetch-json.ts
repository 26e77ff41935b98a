/**
 * The one guarded JSON request behind every server-side fetch helper
 * (fetchTweet, fetchBlueskyPost, fetchMastodonStatus). Each helper only says
 * what is its own (the URL, which answers mean "no such post", how to read
 * the payload); everything a hostile caller, fetch or server can do is
 * handled here once: options are checked before any request, our own timer
 * races the request and the body (a fetch or body that ignores its signal
 * still times out), the caller's abort ends the wait at once, the body is
 * read as a capped stream, and no thrown value, Error or not, can make the
 * promise reject.
 */
import { describeError, fail, type ParseError, type ParseResult } from './result.js';

/**
 * Why a guarded request has no JSON: its options (`invalid-options`), the
 * connection (`network`, `timeout`, `aborted` by the caller), the answer
 * (`http-status` for anything but 2xx and the not-found answers, `not-found`,
 * `too-large` past MAX_BODY_BYTES, `invalid-response` for what isn't a
 * response at all) or its body (`invalid-payload` when it isn't JSON).
 */
export type FetchJsonErrorCode =
  | 'invalid-options'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'http-status'
  | 'not-found'
  | 'too-large'
  | 'invalid-response'
  | 'invalid-payload';

export interface FetchJsonOptions {
  /** Defaults to the global `fetch`; pass your own to add caching, a proxy, or a recorded response in tests. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Cancels the request (e.g. when the page request that needed it went away). */
  signal?: AbortSignal;
  /** Give up after this many milliseconds, the body included: 1 to MAX_TIMEOUT_MS (default 5000). */
  timeoutMs?: number;
}

/** The longest `timeoutMs` (one minute): a page render waits for this at most. */
export const MAX_TIMEOUT_MS = 60_000;
/** The largest answer read (bytes): a post's payload is a few tens of kilobytes. */
export const MAX_BODY_BYTES = 2_000_000;
const DEFAULT_TIMEOUT_MS = 5000;

/** What one helper asks for; the rest of the request is the same for all. */
export interface JsonRequest {
  url: string;
  /** What is asked for, as messages name it: `tweet 123`, `Bluesky post at://…`. */
  what: string;
  /** Who answers, as messages name it: `X`, `Bluesky`, `mastodon.social`. */
  server: string;
  /** Beside a 404, the answers that mean there is no such post on this API; asked before the status is judged. */
  notFound?: (status: number, body: string) => boolean;
  /** `error` where following a redirect could take a server's request somewhere it should not go. */
  redirect?: RequestRedirect;
}

type Failure = { ok: false; error: ParseError<FetchJsonErrorCode> };
type Options = { fetch: FetchJsonOptions['fetch'] | undefined; signal?: AbortSignal; timeoutMs: number };

// What we use of a signal; checked by shape, since a signal from another realm fails instanceof.
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
function readOptions(options: unknown): Options | Failure {
  if (options === undefined || options === null) return { fetch: undefined, timeoutMs: DEFAULT_TIMEOUT_MS };
  if (typeof options !== 'object') return fail('invalid-options', 'The fetch options must be an object.');
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
    fetch: fetchImpl as FetchJsonOptions['fetch'] | undefined,
    ...(signal ? { signal } : {}),
    timeoutMs: (timeoutMs as number | undefined) ?? DEFAULT_TIMEOUT_MS,
  };
}

/** The body as text, at most MAX_BODY_BYTES, from a stream when there is one. */
async function readBody(response: Response, server: string): Promise<string | Failure> {
  const length = Number(response.headers?.get?.('content-length'));
  if (Number.isFinite(length) && length > MAX_BODY_BYTES) {
    return fail(
      'too-large',
      `${server}'s answer is ${length} bytes; a post is far smaller (the limit is ${MAX_BODY_BYTES}).`,
    );
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
      if (!ArrayBuffer.isView(value)) return fail('invalid-response', `${server}'s answer is not a byte stream.`);
      bytes += value.byteLength;
      if (bytes > MAX_BODY_BYTES) {
        reader.cancel().catch(() => undefined);
        return fail('too-large', `${server}'s answer is over ${MAX_BODY_BYTES} bytes; a post is far smaller.`);
      }
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  }
  if (typeof response.text !== 'function') return fail('invalid-response', `${server}'s answer has no body to read.`);
  const text: unknown = await response.text();
  if (typeof text !== 'string') return fail('invalid-response', `${server}'s answer body is not text.`);
  if (text.length > MAX_BODY_BYTES)
    return fail('too-large', `${server}'s answer is over ${MAX_BODY_BYTES} characters.`);
  return text;
}

/** The status and body, or why there are none; written to settle, never to reject, whatever the fetch does. */
async function request(
  fetchImpl: NonNullable<FetchJsonOptions['fetch']>,
  { url, what, server, redirect }: JsonRequest,
  signal: AbortSignal,
): Promise<{ status: number; body: string } | Failure> {
  let response: unknown;
  try {
    const init: RequestInit = { signal, headers: { accept: 'application/json' }, ...(redirect ? { redirect } : {}) };
    response = await fetchImpl(url, init);
  } catch (error) {
    return fail('network', `Could not reach ${server} for ${what}: ${describeError(error)}`);
  }
  try {
    const status: unknown = typeof response === 'object' && response !== null && (response as Response).status;
    if (typeof status !== 'number') return fail('invalid-response', `The fetch for ${what} gave no response object.`);
    const body = await readBody(response as Response, server);
    return typeof body === 'string' ? { status, body } : body;
  } catch (error) {
    // A throwing getter, a stream that errors: this may run after the race is lost, so it must not reject.
    return fail('network', `Reading ${server}'s answer for ${what} failed: ${describeError(error)}`);
  }
}

/** The answer within the time limit and before the caller aborts, or why not. */
async function settle(fetchImpl: NonNullable<FetchJsonOptions['fetch']>, spec: JsonRequest, options: Options) {
  const { signal: callerSignal, timeoutMs } = options;
  if (callerSignal?.aborted) return fail('aborted', `Fetching ${spec.what} was cancelled by the caller.`);
  // Our own controller and timer: they end the wait even when the fetch or the body never does.
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<Failure>((resolve) => {
    timer = setTimeout(() => {
      resolve(fail('timeout', `${spec.server} did not answer for ${spec.what} within ${timeoutMs} ms.`));
      controller.abort();
    }, timeoutMs);
    onAbort = () => {
      resolve(fail('aborted', `Fetching ${spec.what} was cancelled by the caller.`));
      controller.abort();
    };
    callerSignal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([request(fetchImpl, spec, controller.signal), stopped]);
  } finally {
    clearTimeout(timer);
    if (onAbort) callerSignal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The JSON at `spec.url`, handed to `read` (the helper's parser and its
 * checks), or why there is none. Never throws, never rejects, always settles
 * within the time limit.
 */
export async function fetchJson<T, C extends string>(
  spec: JsonRequest,
  rawOptions: unknown,
  read: (json: unknown) => ParseResult<T, C>,
): Promise<ParseResult<T, C | FetchJsonErrorCode>> {
  try {
    const options = readOptions(rawOptions);
    if ('ok' in options) return options;
    const fetchImpl = options.fetch ?? (typeof fetch === 'function' ? fetch : undefined);
    if (fetchImpl === undefined) return fail('network', 'No `fetch` is available here; pass one in the options.');
    const answer = await settle(fetchImpl, spec, options);
    if ('ok' in answer) return answer;
    const { status, body } = answer;
    if (status === 404 || spec.notFound?.(status, body)) {
      return fail('not-found', `${spec.server} has no ${spec.what} (${status}).`);
    }
    if (status < 200 || status >= 300) {
      const later = status === 429 ? ' (rate limits clear in minutes)' : '';
      return fail('http-status', `${spec.server} answered ${status} for ${spec.what}; try again later${later}.`);
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return fail('invalid-payload', `The answer for ${spec.what} is not JSON (it starts "${body.slice(0, 40)}").`);
    }
    return read(json);
  } catch (error) {
    // A backstop: everything above is written not to throw, and `read` is a total parser.
    return fail('network', `Fetching ${spec.what} failed: ${describeError(error)}`);
  }
}

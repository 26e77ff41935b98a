/**
 * One guarded JSON request for the server-side fetch helpers: the caller's
 * `fetch` (or the global one), a time-out raced against the request and the
 * body, the caller's abort signal, and a size cap read off the stream (a
 * hostile server can't make us buffer more than `maxBytes`), every option
 * checked before use. Never throws and always settles.
 */
import { describeError, fail, type ParseResult } from './result.js';

export type FetchJsonErrorCode =
  | 'invalid-options'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'http-status'
  | 'not-found'
  | 'too-large'
  | 'invalid-payload';

export interface FetchJsonOptions {
  /** Defaults to the global `fetch`; pass your own to add caching, a proxy, or a recorded response in tests. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Cancels the request (e.g. when the page request that needed it went away). */
  signal?: AbortSignal;
  /** Give up after this many milliseconds, the body included: 1 to MAX_FETCH_TIMEOUT_MS (default 5000). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5000;
/** The longest `timeoutMs` (one minute): a page render waits for this at most. */
export const MAX_FETCH_TIMEOUT_MS = 60_000;
const MAX_BYTES = 2_000_000;

type Failure = { ok: false; error: { code: FetchJsonErrorCode; message: string } };

// Checked by shape, since a signal from another realm fails instanceof.
function isSignal(value: unknown): value is AbortSignal {
  if (typeof value !== 'object' || value === null) return false;
  const signal = value as { aborted?: unknown; addEventListener?: unknown; removeEventListener?: unknown };
  return (
    typeof signal.aborted === 'boolean' &&
    typeof signal.addEventListener === 'function' &&
    typeof signal.removeEventListener === 'function'
  );
}

/** The options as given, or why they can't be used (`timeoutMs: Infinity` or `signal: {}` made the request throw). */
function readOptions(options: unknown): { fetch?: unknown; signal?: AbortSignal; timeoutMs: number } | Failure {
  if (options === undefined || options === null) return { timeoutMs: DEFAULT_TIMEOUT_MS };
  if (typeof options !== 'object') return fail('invalid-options', 'The options must be an object.');
  const { fetch: fetchImpl, signal, timeoutMs } = options as { [key: string]: unknown };
  if (fetchImpl !== undefined && typeof fetchImpl !== 'function') {
    return fail('invalid-options', '`fetch` must be a function like the global fetch.');
  }
  if (signal !== undefined && !isSignal(signal)) {
    return fail('invalid-options', '`signal` must be an AbortSignal (from an AbortController).');
  }
  if (
    timeoutMs !== undefined &&
    (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_FETCH_TIMEOUT_MS)
  ) {
    return fail('invalid-options', `\`timeoutMs\` must be a number of milliseconds from 1 to ${MAX_FETCH_TIMEOUT_MS}.`);
  }
  return {
    fetch: fetchImpl,
    ...(signal ? { signal } : {}),
    timeoutMs: (timeoutMs as number | undefined) ?? DEFAULT_TIMEOUT_MS,
  };
}

/** The body as text, at most `maxBytes`, from the stream when there is one; undefined when over. */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined | Failure> {
  const declared = Number(response.headers?.get?.('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return undefined;
  const body = response.body;
  if (body && typeof body.getReader === 'function') {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // isView, not instanceof: a stream from another realm (a test DOM, a worker) has its own Uint8Array.
      if (!ArrayBuffer.isView(value)) return fail('network', 'The answer is not a byte stream.');
      size += value.byteLength;
      if (size > maxBytes) {
        reader.cancel().catch(() => undefined);
        return undefined;
      }
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  }
  if (typeof response.text !== 'function') return body === null ? '' : fail('network', 'The answer has no body.');
  const text: unknown = await response.text();
  if (typeof text !== 'string') return fail('network', 'The answer body is not text.');
  return text.length > maxBytes ? undefined : text;
}

/**
 * The parsed JSON at `url`, or why not. `notFound` says which statuses mean
 * "no such post" for this API (beside 404). Never throws and always settles.
 */
export async function fetchJson(
  url: string,
  what: string,
  options: unknown,
  notFound: (status: number, body: string) => boolean = () => false,
): Promise<ParseResult<unknown, FetchJsonErrorCode>> {
  try {
    return await fetchGuarded(url, what, options, notFound);
  } catch (error) {
    // A backstop: everything below is written not to throw.
    return fail('network', `Could not fetch ${what}: ${describeError(error)}`);
  }
}

async function fetchGuarded(
  url: string,
  what: string,
  rawOptions: unknown,
  notFound: (status: number, body: string) => boolean,
): Promise<ParseResult<unknown, FetchJsonErrorCode>> {
  const options = readOptions(rawOptions);
  if ('ok' in options) return options;
  const fetchImpl = (options.fetch ?? (typeof fetch === 'function' ? fetch : undefined)) as
    | FetchJsonOptions['fetch']
    | undefined;
  if (fetchImpl === undefined) return fail('network', 'No `fetch` is available here; pass one in the options.');
  const { signal: callerSignal, timeoutMs } = options;
  if (callerSignal?.aborted) return fail('aborted', `Fetching ${what} was cancelled by the caller.`);
  // Our own controller and timer: they end the wait even when the fetch or the body never does.
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<Failure>((resolve) => {
    timer = setTimeout(() => {
      resolve(fail('timeout', `No answer for ${what} within ${timeoutMs} ms.`));
      controller.abort();
    }, timeoutMs);
    onAbort = () => {
      resolve(fail('aborted', `Fetching ${what} was cancelled by the caller.`));
      controller.abort();
    };
    callerSignal?.addEventListener('abort', onAbort, { once: true });
  });
  const request = (async (): Promise<{ status: number; body: string | undefined } | Failure> => {
    let response: unknown;
    try {
      response = await fetchImpl(url, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
        redirect: 'error',
      });
    } catch (error) {
      return fail('network', `Could not fetch ${what}: ${describeError(error)}`);
    }
    if (typeof response !== 'object' || response === null || typeof (response as Response).status !== 'number') {
      return fail('network', `The fetch for ${what} gave no response object.`);
    }
    try {
      const body = await readCapped(response as Response, MAX_BYTES);
      return typeof body === 'object' ? body : { status: (response as Response).status, body };
    } catch (error) {
      return fail('network', `Reading the answer for ${what} failed: ${describeError(error)}`);
    }
  })();
  let answer: { status: number; body: string | undefined } | Failure;
  try {
    answer = await Promise.race([request, stopped]);
  } finally {
    clearTimeout(timer);
    if (onAbort) callerSignal?.removeEventListener('abort', onAbort);
  }
  if ('ok' in answer) return answer;
  const { status, body } = answer;
  if (body === undefined) return fail('too-large', `The answer for ${what} is over ${MAX_BYTES} bytes.`);
  if (status === 404 || notFound(status, body)) return fail('not-found', `There is no ${what} (${status}).`);
  if (status < 200 || status >= 300) return fail('http-status', `The server answered ${status} for ${what}.`);
  try {
    return { ok: true, value: JSON.parse(body) as unknown, warnings: [] };
  } catch {
    return fail('invalid-payload', `The answer for ${what} is not JSON (it starts "${body.slice(0, 40)}").`);
  }
}

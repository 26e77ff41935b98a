/**
 * One guarded JSON request for the server-side fetch helpers: the caller's
 * `fetch` (or the global one), a time-out raced against the request and the
 * body, the caller's abort signal, and a size cap read off the stream (a
 * hostile server can't make us buffer more than `maxBytes`). Never throws.
 */
import { fail, type ParseResult } from './result.js';

export type FetchJsonErrorCode =
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
  /** Give up after this many milliseconds (default 5000). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5000;
const MAX_BYTES = 2_000_000;

async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return undefined;
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * The parsed JSON at `url`, or why not. `notFound` says which statuses mean
 * "no such post" for this API (beside 404).
 */
export async function fetchJson(
  url: string,
  what: string,
  options: FetchJsonOptions,
  notFound: (status: number, body: string) => boolean = () => false,
): Promise<ParseResult<unknown, FetchJsonErrorCode>> {
  const fetchImpl = options.fetch ?? (typeof fetch === 'function' ? fetch : undefined);
  if (fetchImpl === undefined) return fail('network', 'No `fetch` is available here; pass one in the options.');
  const timeoutMs =
    typeof options.timeoutMs === 'number' && options.timeoutMs > 0 ? options.timeoutMs : DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  // The signal stops a well-behaved fetch; the race stops one that ignores it.
  const expired = new Promise<'timeout'>((resolve) => {
    if (signal.aborted) resolve('timeout');
    signal.addEventListener('abort', () => resolve('timeout'), { once: true });
  });
  let status: number;
  let body: string | undefined;
  try {
    const request = (async () => {
      const response = await fetchImpl(url, { signal, headers: { accept: 'application/json' }, redirect: 'error' });
      return { status: response.status, body: await readCapped(response, MAX_BYTES) };
    })();
    const answer = await Promise.race([request, expired]);
    if (answer === 'timeout') throw new Error('aborted');
    ({ status, body } = answer);
  } catch (error) {
    if (options.signal?.aborted) return fail('aborted', `Fetching ${what} was cancelled by the caller.`);
    if (timeout.aborted) return fail('timeout', `No answer for ${what} within ${timeoutMs} ms.`);
    return fail('network', `Could not fetch ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (body === undefined) return fail('too-large', `The answer for ${what} is over ${MAX_BYTES} bytes.`);
  if (status === 404 || notFound(status, body)) return fail('not-found', `There is no ${what} (${status}).`);
  if (status < 200 || status >= 300) return fail('http-status', `The server answered ${status} for ${what}.`);
  try {
    return { ok: true, value: JSON.parse(body) as unknown, warnings: [] };
  } catch {
    return fail('invalid-payload', `The answer for ${what} is not JSON (it starts "${body.slice(0, 40)}").`);
  }
}

// fetchTweet is total: every case of issue 10 settles with a typed error,
// replaying recorded payloads through an injected fetch (X's network API is
// the one outside boundary).
import { describe, expect, it } from 'vitest';
import { fetchTweet, MAX_BODY_BYTES } from '../../src/model/tweet/fetch.js';
import { ownSyndication } from '../shared.js';

// One of the project's own payloads, so the suite runs without ../shared.
const recorded = ownSyndication()[0];
if (recorded === undefined) throw new Error('no payloads in tests/fixtures/syndication');
const id = (recorded.payload as { id_str: string }).id_str;
const payload = JSON.stringify(recorded.payload);
const answer = () => Promise.resolve(new Response(payload, { status: 200 }));

/** A fetch that never answers and ignores its signal, as a broken proxy does. */
const deaf = () => new Promise<Response>(() => undefined);

/** A body that sends its first bytes and then stalls for ever. */
function stalling(): Promise<Response> {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(payload.slice(0, 10)));
    },
  });
  return Promise.resolve(new Response(body, { status: 200 }));
}

/** A body far larger than a tweet, sent in chunks, with no content-length. */
function endless(): Promise<Response> {
  const chunk = new Uint8Array(64 * 1024).fill(32);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent += chunk.byteLength;
      if (sent > MAX_BODY_BYTES * 4) controller.close();
      else controller.enqueue(chunk);
    },
  });
  return Promise.resolve(new Response(body, { status: 200 }));
}

describe('fetchTweet on hostile options and answers', () => {
  it('reads a recorded payload', async () => {
    const result = await fetchTweet(id, { fetch: answer });
    expect(result.ok && result.value.id).toBe(id);
  });

  it.each([
    ['timeoutMs: Infinity', { timeoutMs: Number.POSITIVE_INFINITY }],
    ['timeoutMs: 2 ** 32', { timeoutMs: 2 ** 32 }],
    ['timeoutMs: NaN', { timeoutMs: Number.NaN }],
    ['timeoutMs: 0', { timeoutMs: 0 }],
    ['timeoutMs: "100"', { timeoutMs: '100' }],
    ['signal: {}', { signal: {} }],
    ['fetch: 42', { fetch: 42 }],
    ['options: "fast"', 'fast'],
  ])('refuses %s with invalid-options before any request', async (_name, options) => {
    let called = false;
    const fetch = () => {
      called = true;
      return answer();
    };
    const given = typeof options === 'object' ? { fetch, ...options } : options;
    expect(await fetchTweet(id, given as never)).toMatchObject({ ok: false, error: { code: 'invalid-options' } });
    expect(called).toBe(false);
  });

  it.each([
    ['a string', 'offline'],
    ['null', null],
    ['an object without a prototype', Object.create(null)],
    ['a symbol', Symbol('x')],
    [
      'an object whose toString throws',
      {
        toString: () => {
          throw new Error('no');
        },
      },
    ],
  ])('maps a fetch rejecting with %s to network', async (_name, reason) => {
    const result = await fetchTweet(id, { fetch: () => Promise.reject(reason) });
    expect(result).toMatchObject({ ok: false, error: { code: 'network' } });
  });

  it('maps a fetch that throws synchronously to network', async () => {
    const result = await fetchTweet(id, {
      fetch: () => {
        throw new TypeError('bad');
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'network' } });
  });

  it.each([
    ['not an object', () => Promise.resolve('hello' as unknown as Response)],
    [
      'a body that is not a string',
      () => Promise.resolve({ status: 200, text: async () => ({}) } as unknown as Response),
    ],
    ['no body at all', () => Promise.resolve({ status: 200 } as unknown as Response)],
  ])('maps an answer that is %s to invalid-response', async (_name, fetch) => {
    expect(await fetchTweet(id, { fetch })).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
  });

  it('times out when the fetch ignores its signal', async () => {
    expect(await fetchTweet(id, { fetch: deaf, timeoutMs: 20 })).toMatchObject({
      ok: false,
      error: { code: 'timeout' },
    });
  });

  it('times out when the body stalls', async () => {
    expect(await fetchTweet(id, { fetch: stalling, timeoutMs: 20 })).toMatchObject({
      ok: false,
      error: { code: 'timeout' },
    });
  });

  it('stops at once when the caller aborts, even if the fetch ignores it', async () => {
    const controller = new AbortController();
    const pending = fetchTweet(id, { fetch: deaf, signal: controller.signal, timeoutMs: 60_000 });
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'aborted' } });
  });

  it('stops before the request when the signal is already aborted', async () => {
    let called = false;
    const result = await fetchTweet(id, {
      fetch: () => {
        called = true;
        return answer();
      },
      signal: AbortSignal.abort(),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'aborted' } });
    expect(called).toBe(false);
  });

  it('refuses a body over the cap, streamed or declared', async () => {
    expect(await fetchTweet(id, { fetch: endless })).toMatchObject({ ok: false, error: { code: 'too-large' } });
    const declared = () =>
      Promise.resolve(
        new Response(payload, { status: 200, headers: { 'content-length': String(MAX_BODY_BYTES + 1) } }),
      );
    expect(await fetchTweet(id, { fetch: declared })).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('refuses a payload whose id is not the one asked for', async () => {
    const other = id === '1' ? '2' : '1';
    expect(await fetchTweet(other, { fetch: answer })).toMatchObject({ ok: false, error: { code: 'wrong-tweet' } });
  });
});

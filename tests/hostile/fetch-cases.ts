// One table of hostile cases for every server-side fetch helper (fetchTweet,
// fetchBlueskyPost, fetchMastodonStatus): they share one request engine, so
// they must give the same answer to a hostile caller, fetch or server. Each
// suite names its helper and a recorded payload to replay (the network API
// is the one outside boundary); the cases are the same for all.
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/model/shared/fetch-json.js';
import type { ParseResult } from '../../src/model/shared/result.js';
import type { Tweet } from '../../src/model/tweet/types.js';

export interface FetchSubject {
  /** The helper under test; hostile options reach it as given, past its types. */
  helper: (input: string, options?: never) => Promise<ParseResult<Tweet, string>>;
  /** What it is asked for: the recorded post. */
  input: string;
  /** Another post than the recorded one, to be refused when the recorded one comes back. */
  other: string;
  /** The code for an answer that holds another post than the one asked for. */
  wrongCode: string;
  /** The recorded answer for the post, as its server sends it. */
  payload: string;
  /** The post's id, as the parsed post has it. */
  id: string;
}

/** A fetch that never answers and ignores its signal, as a broken proxy does. */
const deaf = () => new Promise<Response>(() => undefined);

/** A body that sends its first bytes and then stalls for ever. */
function stalling(payload: string): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(payload.slice(0, 10)));
    },
  });
  return new Response(body, { status: 200 });
}

/** A body far larger than any post, sent in chunks, with no content-length. */
function endless(): Response {
  const chunk = new Uint8Array(64 * 1024).fill(32);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent += chunk.byteLength;
      if (sent > MAX_BODY_BYTES * 4) controller.close();
      else controller.enqueue(chunk);
    },
  });
  return new Response(body, { status: 200 });
}

/** A body stream that gives something other than bytes, as a broken polyfill can. */
function notBytes(): Response {
  const body = new ReadableStream({
    start(controller) {
      controller.enqueue('{"id":');
      controller.close();
    },
  });
  return { status: 200, body } as unknown as Response;
}

/** A body stream that fails half-way with a value that is not an Error. */
function failing(payload: string): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(payload.slice(0, 10)));
      controller.error(Object.create(null));
    },
  });
  return new Response(body, { status: 200 });
}

const nonErrors: [string, unknown][] = [
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
];

export function describeHostileFetch(subject: FetchSubject): void {
  const { helper, payload } = subject;
  const call = (options: unknown) => helper(subject.input, options as never);
  const answer = () => Promise.resolve(new Response(payload, { status: 200 }));
  const failed = (code: string) => ({ ok: false, error: { code } });

  describe(`${helper.name} on hostile options and answers`, () => {
    it('reads the recorded payload', async () => {
      const result = await call({ fetch: answer });
      expect(result.ok && result.value.id).toBe(subject.id);
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
      expect(await call(given)).toMatchObject(failed('invalid-options'));
      expect(called).toBe(false);
    });

    it.each(nonErrors)('maps a fetch rejecting with %s to network', async (_name, reason) => {
      expect(await call({ fetch: () => Promise.reject(reason) })).toMatchObject(failed('network'));
    });

    it.each(nonErrors)('maps a body whose text() rejects with %s to network', async (_name, reason) => {
      const fetch = async () => ({ status: 200, text: () => Promise.reject(reason) }) as unknown as Response;
      expect(await call({ fetch })).toMatchObject(failed('network'));
    });

    it('maps a fetch that throws synchronously to network', async () => {
      const fetch = () => {
        throw new TypeError('bad');
      };
      expect(await call({ fetch })).toMatchObject(failed('network'));
    });

    it('maps a body stream that errors half-way to network', async () => {
      expect(await call({ fetch: async () => failing(payload) })).toMatchObject(failed('network'));
    });

    it('maps a response whose status getter throws to network', async () => {
      const hostile = {
        get status(): number {
          throw Symbol('status');
        },
      };
      expect(await call({ fetch: async () => hostile as unknown as Response })).toMatchObject(failed('network'));
    });

    it.each([
      ['not an object', () => Promise.resolve('hello' as unknown as Response)],
      ['undefined', () => Promise.resolve(undefined as unknown as Response)],
      ['a body that is not a string', () => Promise.resolve({ status: 200, text: async () => ({}) } as never)],
      ['no body at all', () => Promise.resolve({ status: 200 } as unknown as Response)],
      ['a stream of something other than bytes', async () => notBytes()],
    ])('maps an answer that is %s to invalid-response', async (_name, fetch) => {
      expect(await call({ fetch })).toMatchObject(failed('invalid-response'));
    });

    it('times out when the fetch ignores its signal', async () => {
      expect(await call({ fetch: deaf, timeoutMs: 20 })).toMatchObject(failed('timeout'));
    });

    it('times out when the body stalls', async () => {
      expect(await call({ fetch: async () => stalling(payload), timeoutMs: 20 })).toMatchObject(failed('timeout'));
    });

    it('aborts its own request signal when it gives up', async () => {
      let signal: AbortSignal | undefined;
      const fetch = (_input: string, init: RequestInit) => {
        signal = init.signal ?? undefined;
        return deaf();
      };
      expect(await call({ fetch, timeoutMs: 20 })).toMatchObject(failed('timeout'));
      expect(signal?.aborted).toBe(true);
    });

    it('stops at once when the caller aborts, even if the fetch ignores it', async () => {
      const controller = new AbortController();
      const pending = call({ fetch: deaf, signal: controller.signal, timeoutMs: 60_000 });
      controller.abort();
      expect(await pending).toMatchObject(failed('aborted'));
    });

    it('stops before the request when the signal is already aborted', async () => {
      let called = false;
      const fetch = () => {
        called = true;
        return answer();
      };
      expect(await call({ fetch, signal: AbortSignal.abort() })).toMatchObject(failed('aborted'));
      expect(called).toBe(false);
    });

    it('refuses a body over the cap, streamed or declared', async () => {
      expect(await call({ fetch: async () => endless() })).toMatchObject(failed('too-large'));
      const declared = async () =>
        new Response(payload, { status: 200, headers: { 'content-length': String(MAX_BODY_BYTES + 1) } });
      expect(await call({ fetch: declared })).toMatchObject(failed('too-large'));
    });

    it(`refuses an answer that holds another post than the one asked for (${subject.wrongCode})`, async () => {
      expect(await helper(subject.other, { fetch: answer } as never)).toMatchObject(failed(subject.wrongCode));
    });
  });
}

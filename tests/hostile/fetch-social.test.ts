// fetchBlueskyPost and fetchMastodonStatus are total like fetchTweet: issue
// 10's hostile options and answers settle with a typed error, never a
// rejection or a wait without end. Answers come from an injected fetch.
import { describe, expect, it } from 'vitest';
import { fetchBlueskyPost, fetchMastodonStatus } from '../../src/index.js';

const POST = 'https://bsky.app/profile/reporter.example.com/post/3lbbbbbbbbb2a';
const STATUS = 'https://social.example/@newsdesk/113000000000000001';
const thread = {
  thread: {
    post: {
      uri: 'at://did:plc:aaaaaaaaaaaaaaaaaaaaaaaa/app.bsky.feed.post/3lbbbbbbbbb2a',
      author: { did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa', handle: 'reporter.example.com' },
      record: { text: 'hi', createdAt: '2025-02-07T14:05:00.000Z' },
    },
  },
};
const status = {
  id: '113000000000000001',
  content: '<p>hi</p>',
  account: { id: '1', username: 'newsdesk', url: 'https://social.example/@newsdesk' },
};

const fetchers = [
  ['fetchBlueskyPost', (options: unknown) => fetchBlueskyPost(POST, options as never), thread],
  ['fetchMastodonStatus', (options: unknown) => fetchMastodonStatus(STATUS, options as never), status],
] as const;

const deaf = () => new Promise<Response>(() => undefined);
const stalling = () =>
  Promise.resolve(
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"a'));
        },
      }),
    ),
  );

describe.each(fetchers)('%s on hostile options and answers', (_name, fetchOne, payload) => {
  const answer = () => Promise.resolve(new Response(JSON.stringify(payload), { status: 200 }));

  it('reads a good answer', async () => {
    expect(await fetchOne({ fetch: answer })).toMatchObject({ ok: true });
  });

  it.each([
    ['timeoutMs: Infinity', { timeoutMs: Number.POSITIVE_INFINITY }],
    ['timeoutMs: 2 ** 32', { timeoutMs: 2 ** 32 }],
    ['timeoutMs: NaN', { timeoutMs: Number.NaN }],
    ['signal: {}', { signal: {} }],
    ['fetch: 42', { fetch: 42 }],
    ['options: "fast"', 'fast'],
  ])('refuses %s with invalid-options before any request', async (_option, options) => {
    let called = false;
    const fetch = () => {
      called = true;
      return answer();
    };
    const given = typeof options === 'object' ? { fetch, ...options } : options;
    expect(await fetchOne(given)).toMatchObject({ ok: false, error: { code: 'invalid-options' } });
    expect(called).toBe(false);
  });

  it.each([
    ['an object without a prototype', Object.create(null)],
    ['a symbol', Symbol('x')],
    ['null', null],
  ])('maps a fetch rejecting with %s to network', async (_reason, reason) => {
    expect(await fetchOne({ fetch: () => Promise.reject(reason) })).toMatchObject({
      ok: false,
      error: { code: 'network' },
    });
  });

  it.each([
    ['not an object', () => Promise.resolve('hello')],
    ['a body that is not a string', () => Promise.resolve({ status: 200, text: async () => ({}) })],
  ])('maps an answer that is %s to network', async (_answer, fetch) => {
    expect(await fetchOne({ fetch })).toMatchObject({ ok: false, error: { code: 'network' } });
  });

  it('times out when the fetch ignores its signal, or the body stalls', async () => {
    for (const fetch of [deaf, stalling]) {
      expect(await fetchOne({ fetch, timeoutMs: 20 })).toMatchObject({ ok: false, error: { code: 'timeout' } });
    }
  });

  it('stops at once when the caller aborts, even if the fetch ignores it', async () => {
    const controller = new AbortController();
    const pending = fetchOne({ fetch: deaf, signal: controller.signal, timeoutMs: 60_000 });
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'aborted' } });
  });
});

describe('input that is not a string', () => {
  it.each([[Object.create(null)], [42], [undefined]])('%s is invalid-input', async (input) => {
    expect(await fetchBlueskyPost(input as never)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await fetchMastodonStatus(input as never)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

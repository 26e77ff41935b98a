import { describe, expect, it } from 'vitest';
import { fetchTweet, syndicationToken } from '../../../src/model/tweet/fetch.js';
import { ownSyndication, sharedSyndication } from '../../shared.js';

// The project's payloads, and the recorded ones when ../shared is there, keyed by tweet id.
const own = ownSyndication();
const real = [...own.filter((f) => f.key !== 'tombstone'), ...sharedSyndication('syndication')].map((f) => ({
  key: (f.payload as { id_str: string }).id_str,
  payload: f.payload,
}));
const tombstone = own.find((f) => f.key === 'tombstone')?.payload;

type Call = { url: URL; init: RequestInit };

/** A stand-in for X's network API: answers from the recorded payloads and records every request. */
function replay(answer: (id: string) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = async (input: string, init: RequestInit) => {
    const url = new URL(input);
    calls.push({ url, init });
    return answer(url.searchParams.get('id') ?? '');
  };
  return { fetch, calls };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const fromFixtures = (id: string) => {
  const fixture = real.find((f) => f.key === id);
  return fixture ? json(fixture.payload) : new Response('', { status: 404 });
};

describe('fetchTweet', () => {
  it('reads every recorded payload through the syndication endpoint', async () => {
    const { fetch, calls } = replay(fromFixtures);
    for (const fixture of real) {
      const result = await fetchTweet(fixture.key, { fetch });
      expect(result.ok).toBe(true);
      expect(result.ok && result.value.id).toBe(fixture.key);
      expect(result.ok && result.warnings).toEqual([]);
    }
    expect(calls).toHaveLength(real.length);
    const first = calls[0];
    expect(first?.url.origin + (first?.url.pathname ?? '')).toBe('https://cdn.syndication.twimg.com/tweet-result');
    expect(first?.url.searchParams.get('token')).toBe(syndicationToken(real[0]?.key ?? ''));
    expect(first?.init.signal).toBeInstanceOf(AbortSignal);
  });

  it('derives a short base-36 token that differs between ids', () => {
    const tokens = real.map((f) => syndicationToken(f.key));
    for (const token of tokens) expect(token).toMatch(/^[0-9a-z]+$/);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it.each(['', 'abc', '12a4', ' 1234', '1234 ', '-1', '1e21', '1'.repeat(21), '../../etc', '١٢٣'])(
    'refuses the id %j before any request',
    async (id) => {
      const { fetch, calls } = replay(fromFixtures);
      expect(await fetchTweet(id, { fetch })).toMatchObject({ ok: false, error: { code: 'invalid-id' } });
      expect(calls).toHaveLength(0);
    },
  );

  it.each([
    ['a 404', () => new Response('Not found', { status: 404 }), 'not-found'],
    ['an empty body', () => new Response('', { status: 200 }), 'not-found'],
    ['an empty object', () => json({}), 'not-found'],
    ['a tombstone', () => json(tombstone), 'deleted'],
    [
      'an HTML error page',
      () => new Response('<!doctype html><title>Oops</title>', { status: 200 }),
      'invalid-payload',
    ],
    ['a payload without a user', () => json({ id_str: '1', text: 'x' }), 'invalid-payload'],
    ['a 500', () => new Response('busy', { status: 500 }), 'http-status'],
    ['a 429', () => json({ error: 'rate limited' }, 429), 'http-status'],
  ])('maps %s to %s', async (_name, answer, code) => {
    const { fetch } = replay(answer);
    const result = await fetchTweet('1760216535659446283', { fetch });
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('maps a failed request to network', async () => {
    const { fetch } = replay(() => Promise.reject(new TypeError('fetch failed')));
    const result = await fetchTweet('1760216535659446283', { fetch });
    expect(result).toMatchObject({ ok: false, error: { code: 'network' } });
    expect(!result.ok && result.error.message).toContain('fetch failed');
  });

  /** Like a real fetch: never answers, but rejects as soon as its signal aborts. */
  const hanging = (_input: string, init: RequestInit) =>
    new Promise<Response>((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });

  it('times out through an AbortSignal', async () => {
    const started = Date.now();
    const result = await fetchTweet('1760216535659446283', { fetch: hanging, timeoutMs: 30 });
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = fetchTweet('1760216535659446283', { fetch: hanging, signal: controller.signal });
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'aborted' } });
  });

  it('refuses an answer that holds another tweet than the one asked for', async () => {
    const other = real[0];
    const { fetch } = replay(() => json(other?.payload));
    const result = await fetchTweet('1760216535659446283', { fetch });
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong-tweet' } });
    expect(!result.ok && result.error.message).toContain('answered with tweet');
  });
});

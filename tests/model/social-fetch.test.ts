import { describe, expect, it } from 'vitest';
import { blueskyThreadUrl, fetchBlueskyPost } from '../../src/model/bluesky/fetch.js';
import { fetchMastodonStatus, mastodonApiUrl } from '../../src/model/mastodon/fetch.js';
import { describeHostileFetch, type FetchSubject } from '../hostile/fetch-cases.js';
import { blueskyAuthored, blueskyPosts, blueskyThread, mastodonAuthored, mastodonStatuses } from './social-fixtures.js';

/** A stand-in for the networks' public APIs: answers from the recorded payloads and records every request. */
function replay(answer: (url: URL) => Response | Promise<Response>) {
  const calls: { url: URL; init: RequestInit }[] = [];
  const fetch = async (input: string, init: RequestInit) => {
    const url = new URL(input);
    calls.push({ url, init });
    return answer(url);
  };
  return { fetch, calls };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

const threads = new Map<string, unknown>(
  [...blueskyPosts, ...Object.values(blueskyAuthored).map((v) => [(v as { uri: string }).uri, v] as const)].map(
    ([uri, post]) => [uri, { thread: { $type: 'app.bsky.feed.defs#threadViewPost', post } }],
  ),
);

describe('fetchBlueskyPost', () => {
  it('reads every recorded post through getPostThread, by at:// URI', async () => {
    const { fetch, calls } = replay((url) => {
      const thread = threads.get(url.searchParams.get('uri') ?? '');
      return thread ? json(thread) : json({ error: 'NotFound', message: 'Post not found' }, 400);
    });
    for (const uri of threads.keys()) {
      const result = await fetchBlueskyPost(uri, { fetch });
      expect(result.ok && result.value.id).toBe(uri.split('/').pop());
    }
    expect(calls[0]?.url.origin).toBe('https://public.api.bsky.app');
    expect(calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
  });

  it('takes a bsky.app post URL and replays the recorded thread with its parent', async () => {
    if (blueskyThread === undefined) return;
    const { fetch, calls } = replay(() => json(blueskyThread));
    const result = await fetchBlueskyPost('https://bsky.app/profile/hannah.not-ok.computer/post/3kka6jahums2y', {
      fetch,
    });
    expect(result.ok && result.value.network).toBe('bluesky');
    expect(calls[0]?.url.searchParams.get('uri')).toBe('at://hannah.not-ok.computer/app.bsky.feed.post/3kka6jahums2y');
  });

  it.each([
    '',
    'https://evil.example/profile/a.b/post/x',
    'at://did:plc:x/app.bsky.feed.like/1',
    'javascript:alert(1)',
  ])('refuses %j before any request', async (input) => {
    const { fetch, calls } = replay(() => json({}));
    expect(blueskyThreadUrl(input)).toBeUndefined();
    expect(await fetchBlueskyPost(input, { fetch })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(calls).toHaveLength(0);
  });

  it('answers NotFound, other statuses, a hung server and an oversized body with typed codes', async () => {
    const uri = 'at://did:plc:aaaaaaaaaaaaaaaaaaaaaaaa/app.bsky.feed.post/3lbbbbbbbbb2a';
    const notFound = replay(() => json({ error: 'NotFound' }, 400));
    expect(await fetchBlueskyPost(uri, notFound)).toMatchObject({ error: { code: 'not-found' } });
    const limited = replay(() => json({ error: 'RateLimitExceeded' }, 429));
    expect(await fetchBlueskyPost(uri, limited)).toMatchObject({ error: { code: 'http-status' } });
    // A fetch that ignores its abort signal is still raced against the time-out.
    const hung = replay(() => new Promise<Response>(() => {}));
    expect(await fetchBlueskyPost(uri, { ...hung, timeoutMs: 30 })).toMatchObject({ error: { code: 'timeout' } });
    const huge = replay(() => new Response('x'.repeat(2_000_001)));
    expect(await fetchBlueskyPost(uri, huge)).toMatchObject({ error: { code: 'too-large' } });
    const controller = new AbortController();
    controller.abort();
    const aborted = replay(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    expect(await fetchBlueskyPost(uri, { ...aborted, signal: controller.signal })).toMatchObject({
      error: { code: 'aborted' },
    });
  });
});

describe('fetchMastodonStatus', () => {
  const byId = new Map<string, unknown>(
    [...mastodonStatuses.map(([, status]) => status), ...Object.values(mastodonAuthored).slice(0, 2)].map((status) => [
      (status as { id: string }).id,
      status,
    ]),
  );

  it('reads every recorded status through /api/v1/statuses/:id', async () => {
    const { fetch, calls } = replay((url) => {
      const status = byId.get(url.pathname.split('/').pop() ?? '');
      return status ? json(status) : json({ error: 'Record not found' }, 404);
    });
    for (const [id, status] of byId) {
      const result = await fetchMastodonStatus(`https://social.example/@someone/${id}`, { fetch });
      expect(result.ok && result.value.network).toBe('mastodon');
      const reblog = (status as { reblog?: { id: string } | null }).reblog;
      expect(result.ok && result.value.id).toBe(reblog ? reblog.id : id);
    }
    expect(calls.every((call) => call.url.pathname.startsWith('/api/v1/statuses/'))).toBe(true);
  });

  it.each([
    'http://mastodon.social/@a/1',
    'https://127.0.0.1/@a/1',
    'https://localhost/@a/1',
    'https://[::1]/@a/1',
    'https://mastodon.social:8443/@a/1',
    'https://intranet/@a/1',
    'https://mastodon.social/@a/../../admin',
    'https://mastodon.social/about',
  ])('refuses %s before any request', async (input) => {
    const { fetch, calls } = replay(() => json({}));
    expect(mastodonApiUrl(input)).toBeUndefined();
    expect(await fetchMastodonStatus(input, { fetch })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(calls).toHaveLength(0);
  });

  it('maps a missing status and a non-JSON answer to typed codes', async () => {
    const missing = replay(() => json({ error: 'Record not found' }, 404));
    expect(await fetchMastodonStatus('https://mastodon.social/@a/1', missing)).toMatchObject({
      error: { code: 'not-found' },
    });
    const html = replay(() => new Response('<html>', { status: 200 }));
    expect(await fetchMastodonStatus('https://mastodon.social/@a/1', html)).toMatchObject({
      error: { code: 'invalid-payload' },
    });
  });
});

// The hostile table every fetch helper shares, replaying our own recorded posts (so it runs without ../shared).
const [ownPost, otherPost] = Object.values(blueskyAuthored) as { uri: string; author: { handle: string } }[];
if (ownPost === undefined || otherPost === undefined)
  throw new Error('tests/fixtures/bluesky-authored.json lost its posts');
const ownThread = { thread: { $type: 'app.bsky.feed.defs#threadViewPost', post: ownPost } };
const rkey = (uri: string) => uri.split('/').pop() ?? '';

const [ownStatus, otherStatus] = Object.values(mastodonAuthored) as { id: string; url: string }[];
if (ownStatus === undefined || otherStatus === undefined)
  throw new Error('tests/fixtures/mastodon-authored.json lost its statuses');

/** A recorded post as a subject of the shared table; both networks call another post `wrong-post`. */
const recorded = (helper: FetchSubject['helper'], input: string, other: string, answer: unknown, id: string) =>
  ({ helper, input, other, wrongCode: 'wrong-post', payload: JSON.stringify(answer), id }) satisfies FetchSubject;
describeHostileFetch(recorded(fetchBlueskyPost, ownPost.uri, otherPost.uri, ownThread, rkey(ownPost.uri)));
describeHostileFetch(recorded(fetchMastodonStatus, ownStatus.url, otherStatus.url, ownStatus, ownStatus.id));

describe('the social helpers check the answer is the post asked for', () => {
  const byHandle = (handle: string) => `https://bsky.app/profile/${handle}/post/${rkey(ownPost.uri)}`;

  it('takes a Bluesky post asked for by its author handle, in any case', async () => {
    const { fetch } = replay(() => json(ownThread));
    const result = await fetchBlueskyPost(byHandle(ownPost.author.handle.toUpperCase()), { fetch });
    expect(result.ok && result.value.id).toBe(rkey(ownPost.uri));
  });

  it('refuses a Bluesky post by another author than the handle asked for', async () => {
    const { fetch } = replay(() => json(ownThread));
    expect(await fetchBlueskyPost(byHandle('someone-else.example.com'), { fetch })).toMatchObject({
      ok: false,
      error: { code: 'wrong-post' },
    });
  });

  it('refuses a Bluesky post with the same record key from another DID', async () => {
    const { fetch } = replay(() => json(ownThread));
    const elsewhere = `at://did:plc:${'b'.repeat(24)}/app.bsky.feed.post/${rkey(ownPost.uri)}`;
    expect(await fetchBlueskyPost(elsewhere, { fetch })).toMatchObject({ ok: false, error: { code: 'wrong-post' } });
  });

  it('reads a Mastodon boost, whose own id is the one asked for, as the status it boosts', async () => {
    const boost = { ...otherStatus, id: '113000000000000099', reblog: ownStatus };
    const { fetch } = replay(() => json(boost));
    const result = await fetchMastodonStatus('https://social.example/@newsdesk/113000000000000099', { fetch });
    expect(result.ok && result.value.id).toBe(ownStatus.id);
  });

  it('asks both networks without following redirects', async () => {
    const bluesky = replay(() => json(ownThread));
    await fetchBlueskyPost(ownPost.uri, bluesky);
    const mastodon = replay(() => json(ownStatus));
    await fetchMastodonStatus(ownStatus.url, mastodon);
    expect([bluesky.calls[0]?.init.redirect, mastodon.calls[0]?.init.redirect]).toEqual(['error', 'error']);
  });
});

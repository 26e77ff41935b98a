import { describe, expect, it } from 'vitest';
import { parseMastodonStatus } from '../../../src/model/mastodon/status.js';
import type { Tweet } from '../../../src/model/tweet/types.js';
import { describeShared } from '../../shared.js';
import { mastodonAuthored, mastodonStatuses } from '../social-fixtures.js';

function parsed(json: unknown): Tweet {
  const result = parseMastodonStatus(json);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const byKey = (key: string) => mastodonStatuses.find(([url]) => url.includes(key))?.[1];

function allLinks(post: Tweet): string[] {
  const all = [post, post.quoted].filter((p): p is Tweet => p !== undefined);
  return all.flatMap((p) => [
    p.author.url,
    ...(p.url ? [p.url] : []),
    ...p.body.flatMap((s) => ('href' in s ? [s.href] : s.emoji ? [s.emoji] : [])),
    ...p.media.flatMap((m) => (m.type === 'photo' ? [m.url] : [m.poster, ...m.sources.map((s) => s.url)])),
    ...(p.audio ?? []).map((a) => a.url),
    ...(p.card ? [p.card.url] : []),
  ]);
}

describeShared('parseMastodonStatus: every recorded status', () => {
  for (const [url, status] of mastodonStatuses) {
    it(`reads ${url}`, () => {
      const post = parsed(status);
      expect(post.network).toBe('mastodon');
      expect(post.author.instance).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
      expect(post.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      for (const href of allLinks(post)) expect(new URL(href).protocol).toMatch(/^https?:$/);
      // Content is read, never kept as markup.
      for (const segment of post.body) expect(segment.text).not.toMatch(/<\/?[a-z]/);
    });
  }
});

describe('parseMastodonStatus: details', () => {
  it('shows a boost as the boosted status with its booster', () => {
    const status = byKey('112277607006407737');
    if (status === undefined) return;
    const post = parsed(status);
    expect(post.author.handle).toBe('briankrebs');
    expect(post.repostedBy?.handle).toBe('sudorandom');
    expect(post.media[0]).toMatchObject({
      type: 'photo',
      width: 1309,
      height: 787,
      alt: expect.stringMatching(/^The Chirp/),
    });
    // The invisible parts of a long link are left out, its ellipsis kept.
    expect(post.body.at(-1)).toMatchObject({ type: 'url', text: 'krebsonsecurity.com/2024/04/cr…' });
  });

  it('reads a content warning, custom emoji, a GIF, a mention and a hashtag', () => {
    const status = byKey('110446222386355655');
    if (status === undefined) return;
    const post = parsed(status);
    expect(post.contentWarning).toEqual({ text: 'test post for mastodon.py stuff' });
    expect(post.body.find((s) => s.type === 'text' && s.emoji)).toMatchObject({ text: ':trans_heart:' });
    expect(post.author.nameSegments?.some((s) => s.type === 'text' && s.text === ':icosahedron:')).toBe(true);
    expect(post.media[0]).toMatchObject({ type: 'gif', loop: true, alt: 'a furry cube breakdancing' });
    expect(post.body.map((s) => s.type)).toEqual(['mention', 'text', 'text', 'text', 'hashtag']);
    expect(post.editedAt).toBe('2023-05-28T12:09:44.000Z');
  });

  it('reads an ended poll, audio, a card and quotes', () => {
    const poll = byKey('110446382983698223');
    if (poll !== undefined)
      expect(parsed(poll).poll).toMatchObject({
        ended: true,
        total: 64,
        choices: [{ label: 'real', count: 8 }, {}, {}, {}],
      });
    const audio = byKey('110447012380248325');
    if (audio !== undefined) expect(parsed(audio).audio?.[0]?.url).toMatch(/^https:/);
    const quote = byKey('116386066936197501');
    if (quote !== undefined) expect(parsed(quote).quoted?.contentWarning).toEqual({ text: 'politics, hungary' });
    const akkoma = byKey('Al30Y6dIQNzsEKhR5s');
    if (akkoma !== undefined) expect(parsed(akkoma).quoted?.network).toBe('mastodon');
  });

  it('reads our right-to-left status and open poll', () => {
    const rtl = parsed(mastodonAuthored['rtl-arabic']);
    expect(rtl).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(rtl.body.at(-1)).toMatchObject({ type: 'hashtag', text: '#القاهرة' });
    expect(parsed(mastodonAuthored['open-poll']).poll).toMatchObject({
      ended: false,
      endsAt: '2025-02-10T16:00:00.000Z',
      total: 30,
    });
  });

  it('keeps hostile content as text and drops every unsafe URL', () => {
    const post = parsed(mastodonAuthored['hostile-content']);
    expect(post.body).toEqual([{ type: 'text', text: 'Hello click' }]);
    expect(post.url).toBe('https://evil.example/users/x/statuses/113000000000000003');
    expect(post.author).toMatchObject({ name: '<b onmouseover=alert(5)>X</b>', handle: 'x' });
    expect(post.author.avatarUrl).toBeUndefined();
    expect(post.media).toEqual([]);
    expect(post.card).toBeUndefined();
  });

  it('fails with typed codes', () => {
    expect(parseMastodonStatus('x')).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(parseMastodonStatus({ error: 'Record not found' })).toMatchObject({ error: { code: 'not-found' } });
    expect(parseMastodonStatus({ id: '1', account: {} })).toMatchObject({ error: { code: 'invalid-payload' } });
  });
});

import { describe, expect, it } from 'vitest';
import { facetSegments } from '../../../src/model/bluesky/facets.js';
import { parseBlueskyPost } from '../../../src/model/bluesky/post.js';
import type { Tweet } from '../../../src/model/tweet/types.js';
import { describeShared } from '../../shared.js';
import { blueskyAuthored, blueskyFeedItems, blueskyPosts, blueskyThread } from '../social-fixtures.js';

function parsed(json: unknown): Tweet {
  const result = parseBlueskyPost(json);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function links(post: Tweet): string[] {
  const all = [post, post.quoted, post.parent].filter((p): p is Tweet => p !== undefined);
  return all.flatMap((p) => [
    p.author.url,
    ...(p.url ? [p.url] : []),
    ...(p.author.avatarUrl ? [p.author.avatarUrl] : []),
    ...p.body.flatMap((s) => ('href' in s ? [s.href] : [])),
    ...p.media.flatMap((m) => (m.type === 'photo' ? [m.url] : [m.poster, ...m.sources.map((s) => s.url)])),
    ...(p.card ? [p.card.url] : []),
  ]);
}

describeShared('parseBlueskyPost: every recorded postView', () => {
  for (const [uri, view] of blueskyPosts) {
    it(`reads ${uri.split('/').pop()}`, () => {
      const post = parsed(view);
      const record = (view as { record: { text: string } }).record;
      expect(post.network).toBe('bluesky');
      expect(post.id).toBe(uri.split('/').pop());
      expect(post.url).toMatch(/^https:\/\/bsky\.app\/profile\/[^/]+\/post\/[a-z0-9]+$/);
      expect(post.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      // Facets mark ranges; they never add or lose a character of the text.
      expect(post.body.map((s) => s.text).join('')).toBe(record.text);
      for (const href of links(post)) expect(new URL(href).protocol).toBe('https:');
      for (const item of post.media) {
        expect(item.width).toBeGreaterThan(0);
        expect(item.height).toBeGreaterThan(0);
      }
    });
  }
});

describe('parseBlueskyPost: shapes and details', () => {
  it('slices facets by UTF-8 bytes after curly quotes and an astral emoji', () => {
    const view = blueskyPosts.find(([uri]) => uri.endsWith('3lhnr2o6kb22h'))?.[1];
    if (view === undefined) return;
    const tags = parsed(view).body.filter((s) => s.type === 'hashtag');
    expect(tags.map((s) => s.text)).toEqual(['#swiftUI', '#iOS', '#beginner', '#code', '#keeplearning']);
    expect(tags[0]).toMatchObject({ href: 'https://bsky.app/hashtag/swiftUI' });
  });

  it('turns a moderation label into a content warning and keeps every label value', () => {
    const view = blueskyPosts.find(([uri]) => uri.endsWith('3kk5qew54qh2l'))?.[1];
    if (view === undefined) return;
    const result = parseBlueskyPost(view);
    expect(result.ok && result.value.contentWarning).toEqual({ labels: ['sexual'] });
    expect(result.ok && result.value.labels).toEqual(['sexual', '!no-unauthenticated']);
    expect(result.ok && result.warnings.join(' ')).toContain('!no-unauthenticated');
  });

  it('reads quotes, media with a quote, lists and starter packs', () => {
    const byKey = (key: string) => blueskyPosts.find(([uri]) => uri.endsWith(key))?.[1];
    const withMedia = byKey('3lktdpvikhs2u');
    if (withMedia !== undefined) {
      const post = parsed(withMedia);
      expect(post.card?.url).toMatch(/^https:\/\/www\.arnoldventures\.org\//);
      expect(post.quoted?.author.handle).toBe('alexarriaga.bsky.social');
      expect(post.quoted?.media).toHaveLength(1);
    }
    const list = byKey('3lap3ipjc7c2h');
    if (list !== undefined) expect(parsed(list).card?.url).toMatch(/^https:\/\/bsky\.app\/profile\/[^/]+\/lists\//);
    const pack = byKey('3l7q42223xw27');
    if (pack !== undefined) expect(parsed(pack).card?.url).toMatch(/^https:\/\/bsky\.app\/starter-pack\//);
  });

  it('gives a video its poster and HLS playlist, no player', () => {
    const view = blueskyPosts.find(([uri]) => uri.endsWith('3lhnr2o6kb22h'))?.[1];
    if (view === undefined) return;
    const [video] = parsed(view).media;
    expect(video).toMatchObject({ type: 'video', width: 1920, height: 1920 });
    expect(video?.type === 'video' && video.sources).toEqual([
      { url: expect.stringMatching(/playlist\.m3u8$/), type: 'application/x-mpegURL' },
    ]);
  });

  it('reads feed items: a repost shows who reposted, a reply its parent', () => {
    for (const [name, item] of blueskyFeedItems) {
      const post = parsed(item);
      if (name.startsWith('repost')) expect(post.repostedBy?.handle).toMatch(/\./);
      else expect(post.parent?.author.handle).toBe(post.inReplyTo?.handle);
    }
  });

  it('reads a getPostThread answer', () => {
    if (blueskyThread === undefined) return;
    expect(parsed(blueskyThread)).toMatchObject({ id: '3kka6jahums2y', network: 'bluesky' });
  });

  it('reads our right-to-left post with a tag after Persian text', () => {
    const post = parsed(blueskyAuthored['rtl-persian']);
    expect(post).toMatchObject({ lang: 'fa', dir: 'rtl' });
    expect(post.body.at(-1)).toEqual({
      type: 'hashtag',
      text: '#تهران',
      href: 'https://bsky.app/hashtag/%D8%AA%D9%87%D8%B1%D8%A7%D9%86',
    });
  });

  it('reads graphic-media and !warn labels as a warning, and a quote that is gone as a warning line', () => {
    expect(parsed(blueskyAuthored['warning-labels']).contentWarning).toEqual({ labels: ['graphic-media', 'warn'] });
    const gone = parseBlueskyPost(blueskyAuthored['quote-not-found']);
    expect(gone.ok && gone.value.quoted).toBeUndefined();
    expect(gone.ok && gone.warnings[0]).toMatch(/quoted post is not available/);
  });

  it('drops a facet that would cut a character in two, keeping the text', () => {
    const warnings: string[] = [];
    const facets = [
      { index: { byteStart: 1, byteEnd: 3 }, features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'x' }] },
    ];
    expect(facetSegments('é #x', facets, warnings, 'p')).toEqual([{ type: 'text', text: 'é #x' }]);
    expect(warnings).toHaveLength(1);
  });

  it('fails with typed codes', () => {
    expect(parseBlueskyPost(null)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(parseBlueskyPost({ uri: 'https://x', author: {} })).toMatchObject({ error: { code: 'invalid-payload' } });
    const notFound = { thread: { $type: 'app.bsky.feed.defs#notFoundPost', uri: 'at://x', notFound: true } };
    expect(parseBlueskyPost(notFound)).toMatchObject({ error: { code: 'not-found' } });
    const blocked = { thread: { $type: 'app.bsky.feed.defs#blockedPost', blocked: true } };
    expect(parseBlueskyPost(blocked)).toMatchObject({ error: { code: 'blocked' } });
  });

  it('refuses hostile URLs and never throws on a throwing getter', () => {
    type View = { embed: { images: { fullsize: string; thumb: string }[] }; author: { avatar?: string } };
    const view = structuredClone(blueskyAuthored['warning-labels']) as View;
    const [image] = view.embed.images;
    if (image) {
      image.fullsize = 'javascript:alert(1)';
      image.thumb = 'data:text/html,x';
    }
    view.author.avatar = 'javascript:alert(2)';
    const post = parsed(view);
    expect(post.media).toEqual([]);
    expect(post.author.avatarUrl).toBeUndefined();
    const hostile = {
      get uri(): string {
        throw new Error('boom');
      },
    };
    expect(parseBlueskyPost(hostile)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});

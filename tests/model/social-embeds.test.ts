import { describe, expect, it } from 'vitest';
import { parseArticleHtml } from '../../src/model/article/html.js';
import { parseArticleText } from '../../src/model/article/text.js';
import { parseBlueskyEmbed, parseBlueskyText } from '../../src/model/bluesky/embed.js';
import { parseMastodonEmbed } from '../../src/model/mastodon/embed.js';
import { describeShared } from '../shared.js';
import { blueskyEmbeds, copiedText, mastodonEmbeds } from './social-fixtures.js';

describeShared('Bluesky stored embeds', () => {
  for (const { name, html } of blueskyEmbeds) {
    it(`reads "${name}" on its own, in article HTML and as copied text`, () => {
      const result = parseBlueskyEmbed(html);
      if (!result.ok) throw new Error(result.error.message);
      const post = result.value;
      expect(post).toMatchObject({ network: 'bluesky', source: 'embed' });
      expect(post.url).toMatch(/^https:\/\/bsky\.app\/profile\/[^/]+\/post\/[a-z0-9]+$/);
      expect(post.createdAt).toMatch(/Z$/);
      expect(post.body.map((s) => s.text).join('')).not.toContain('[image or embed]');
      expect(post.body.length).toBeGreaterThan(0);

      const article = parseArticleHtml(`<p>Before.</p>${html}<p>After.</p>`);
      expect(article.ok && article.value.blocks.map((b) => b.type)).toEqual(['paragraph', 'tweet', 'paragraph']);
      const block = article.ok ? article.value.blocks[1] : undefined;
      expect(block?.type === 'tweet' && block.tweet.id).toBe(post.id);

      const copied = copiedText(html);
      const text = parseBlueskyText(copied);
      expect(text.ok && text.value.author.handle).toBe(post.author.handle);
      // Where a copied post starts is a guess (the same rules as for tweets): lines that read like
      // article prose stay paragraphs. The post itself, ending at its signature, is always found.
      const inArticle = parseArticleText(`He wrote on Bluesky:\n${copied}\nThat was all.`);
      const blocks = inArticle.ok ? inArticle.value.blocks : [];
      expect(blocks[0]).toMatchObject({ type: 'paragraph' });
      expect(blocks.at(-1)).toMatchObject({ type: 'paragraph' });
      const found = blocks.find((b) => b.type === 'tweet');
      expect(found?.type === 'tweet' && found.tweet).toMatchObject({
        network: 'bluesky',
        author: { handle: post.author.handle },
      });
      const lastLine =
        copied
          .split('\n')
          .filter((l) => l.trim() && !l.includes('[image or embed]'))
          .at(-2)
          ?.trim() ?? '';
      expect(found?.type === 'tweet' && found.tweet.body.map((s) => s.text).join('')).toContain(lastLine);
    });
  }
});

describeShared('Mastodon stored embeds', () => {
  for (const { name, html } of mastodonEmbeds) {
    it(`reads "${name}" on its own and in article HTML`, () => {
      const result = parseMastodonEmbed(html);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value).toMatchObject({ network: 'mastodon', source: 'embed' });
      expect(result.value.url).toMatch(/^https:\/\/[a-z0-9.-]+\/@[A-Za-z0-9_.-]+\/[0-9A-Za-z]+$/);
      expect(result.value.author.instance).toMatch(/\./);
      const article = parseArticleHtml(`<p>Before.</p>${html}<p>After.</p>`);
      expect(article.ok && article.value.blocks.map((b) => b.type)).toEqual(['paragraph', 'tweet', 'paragraph']);
      if (html.startsWith('<blockquote')) {
        const copied = parseArticleText(`Before.\n${copiedText(html)}\nAfter.`);
        const block = copied.ok ? copied.value.blocks[1] : undefined;
        expect(block?.type === 'tweet' && block.tweet.author.instance).toBe(result.value.author.instance);
      }
    });
  }
});

// Written here, so these run with or without ../shared.
describe('stored embeds of our own', () => {
  const did = 'did:plc:ownownownownownownownown';
  const bluesky = `<blockquote class="bluesky-embed" data-bluesky-uri="at://${did}/app.bsky.feed.post/3lown0000a2a"><p lang="en">Ferries resume at noon.<br>Check the board first.</p>&mdash; Harbour Desk (<a href="https://bsky.app/profile/${did}">@harbour.example.com</a>) <a href="https://bsky.app/profile/${did}/post/3lown0000a2a">February 7, 2025 at 2:05 PM</a></blockquote>`;
  const mastodon =
    '<iframe src="https://social.example/@tides/113500000000000001/embed" class="mastodon-embed" width="400"></iframe>';

  it('reads a Bluesky embed on its own, in article HTML and as copied text', () => {
    const result = parseBlueskyEmbed(bluesky);
    expect(result).toMatchObject({
      ok: true,
      value: { network: 'bluesky', id: '3lown0000a2a', author: { handle: 'harbour.example.com' } },
    });
    const article = parseArticleHtml(`<p>Before.</p>${bluesky}<p>After.</p>`);
    expect(article.ok && article.value.blocks.map((b) => b.type)).toEqual(['paragraph', 'tweet', 'paragraph']);
    const copied = parseArticleText(`He wrote:\n${copiedText(bluesky)}\nThat was all.`);
    const found = copied.ok ? copied.value.blocks.find((b) => b.type === 'tweet') : undefined;
    expect(found?.type === 'tweet' && found.tweet.body.map((segment) => segment.text).join('')).toContain(
      'Check the board first.',
    );
  });

  it('reads a Mastodon iframe embed on its own and in article HTML', () => {
    expect(parseMastodonEmbed(mastodon)).toMatchObject({
      ok: true,
      value: {
        network: 'mastodon',
        url: 'https://social.example/@tides/113500000000000001',
        author: { instance: 'social.example' },
      },
    });
    const article = parseArticleHtml(`<p>Before.</p>${mastodon}<p>After.</p>`);
    expect(article.ok && article.value.blocks.map((b) => b.type)).toEqual(['paragraph', 'tweet', 'paragraph']);
  });

  it('keeps one blank line of a run in a copied Bluesky post, spaces on the lines or not', () => {
    const signature = '— Reporter (@reporter.example.com) April 16, 2025 at 11:57 PM';
    const read = (text: string) => {
      const parsed = parseBlueskyText(text);
      return parsed.ok ? parsed.value.body.map((segment) => segment.text).join('') : parsed.error.code;
    };
    expect(read(`one\n\n\n\n\ntwo\n  \n\t\n \nthree\n${signature}`)).toBe('one\n\ntwo\n\nthree');
    expect(read(`one\ntwo\n\nthree\n${signature}`)).toBe('one\ntwo\n\nthree');
    expect(read(`${'\n'.repeat(100)}${signature}`)).toBe('empty');
  });

  it('reads a Bluesky date written the CJK way only when the month has that day', () => {
    const dated = (date: string) => bluesky.replace('February 7, 2025 at 2:05 PM', date);
    const createdAt = (date: string) => {
      const result = parseBlueskyEmbed(dated(date));
      return result.ok ? result.value.createdAt : result.error.code;
    };
    expect(createdAt('2025年2月7日 14:05')).toBe('2025-02-07T00:00:00.000Z');
    // Month 13 and day 0 once rolled into the next year and the month before.
    expect(createdAt('2025年13月1日 14:05')).toBeUndefined();
    expect(createdAt('2025年3月0日 14:05')).toBeUndefined();
  });

  it('refuses markup that is not an embed', () => {
    expect(parseMastodonEmbed('<iframe class="mastodon-embed" src="javascript:alert(1)"></iframe>')).toMatchObject({
      error: { code: 'not-an-embed' },
    });
    expect(parseBlueskyEmbed('<blockquote class="bluesky-embed"><p>x</p></blockquote>')).toMatchObject({
      error: { code: 'no-signature' },
    });
  });
});

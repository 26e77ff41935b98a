// @vitest-environment node
// The bench's template-string floor is only a fair floor if it prints exactly
// what <Tweet> prints: same bytes, for every fixture post of every network,
// with and without caller alt text.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { floorTweetHtml } from '../../bench/floor.js';
import { parseBlueskyPost, parseMastodonStatus, parseSyndicationTweet, Tweet } from '../../src/index.js';
import type { ParseResult } from '../../src/model/shared/result.js';
import type { Tweet as TweetData } from '../../src/model/tweet/types.js';
import { tweetPayloads } from '../components/tweet/fixtures.js';
import { sampleTweet } from '../components/tweet/sample.js';
import {
  blueskyAuthored,
  blueskyFeedItems,
  blueskyPosts,
  communityNote,
  mastodonAuthored,
  mastodonStatuses,
  syndicationExtra,
} from '../model/social-fixtures.js';

const posts: [string, TweetData][] = [];
function add(name: string, result: ParseResult<TweetData>) {
  if (result.ok) posts.push([name, result.value]);
}
for (const p of tweetPayloads) add(`${p.file} ${p.id}`, parseSyndicationTweet(p.raw));
for (const [file, key, payload] of syndicationExtra)
  add(`syndication-extra/${file} ${key}`, parseSyndicationTweet(payload));
for (const [key, payload] of Object.entries(communityNote))
  add(`community-note ${key}`, parseSyndicationTweet(payload));
for (const [key, view] of blueskyPosts) add(`bluesky ${key}`, parseBlueskyPost(view));
for (const [key, item] of blueskyFeedItems) add(`bluesky feed ${key}`, parseBlueskyPost(item));
for (const [key, view] of Object.entries(blueskyAuthored)) add(`bluesky-authored ${key}`, parseBlueskyPost(view));
for (const [key, status] of mastodonStatuses) add(`mastodon ${key}`, parseMastodonStatus(status));
for (const [key, status] of Object.entries(mastodonAuthored))
  add(`mastodon-authored ${key}`, parseMastodonStatus(status));

// Hand-built posts for the parts the project's own fixtures may lack, so the floor is held to them without ../shared too.
const photo = (n: number) => ({
  type: 'photo' as const,
  url: `https://pbs.twimg.com/media/${n}.jpg`,
  width: 1200,
  height: 675,
});
const mastodonAuthor = {
  name: 'Ana :wave:',
  nameSegments: [
    { type: 'text' as const, text: 'Ana ' },
    { type: 'text' as const, text: ':wave:', emoji: 'https://files.mastodon.social/emoji/wave.png' },
  ],
  handle: 'ana',
  instance: 'mastodon.social',
  url: 'https://mastodon.social/@ana',
  avatarUrl: 'https://files.mastodon.social/avatars/ana.png',
};
posts.push(
  ['four photos without alt text', sampleTweet({ media: [photo(1), photo(2), photo(3), photo(4)] })],
  [
    'a Mastodon boost with emoji, audio, a warning and counts',
    sampleTweet({
      network: 'mastodon',
      id: '1',
      url: 'https://mastodon.social/@ana/1',
      author: mastodonAuthor,
      repostedBy: { name: 'Bo', handle: 'bo', instance: 'mastodon.social', url: 'https://mastodon.social/@bo' },
      body: [
        { type: 'text', text: 'Listen ' },
        { type: 'text', text: ':wave:', emoji: 'http://insecure.example/w.png' },
      ],
      media: [],
      audio: [
        { type: 'audio', url: 'https://files.mastodon.social/audio/a.mp3', alt: 'A harbour bell' },
        { type: 'audio', url: 'http://insecure.example/b.mp3' },
      ],
      contentWarning: { text: 'Loud noises' },
      counts: { replies: 1, reposts: 0, likes: 12_345 },
    }),
  ],
  [
    'a Bluesky post behind labels, with a note',
    sampleTweet({
      network: 'bluesky',
      url: 'https://bsky.app/profile/ana.bsky.social/post/3l',
      author: { name: 'Ana', handle: 'ana.bsky.social', url: 'https://bsky.app/profile/ana.bsky.social' },
      contentWarning: { labels: ['graphic-media', 'warn', 'graphic-media'] },
      note: { body: [{ type: 'text', text: 'Context & more' }], url: 'https://x.com/i/birdwatch/n/1' },
    }),
  ],
);

/** Caller alt text by position (the tweet's own media) and by the URL of the quoted tweet's first item. */
function altsFor(tweet: TweetData): Record<string, string> {
  const quoted = tweet.quoted?.media[0];
  const alts: Record<string, string> = { '1': 'Second, by position <&>' };
  if (quoted) alts[quoted.type === 'photo' ? quoted.url : quoted.poster] = 'Quoted, by URL';
  return alts;
}

describe('the bench floor', () => {
  it.each(posts)('prints what <Tweet> prints: %s', (_name, tweet) => {
    expect(floorTweetHtml(tweet)).toBe(renderToString(<Tweet tweet={tweet} />));
    const alts = altsFor(tweet);
    expect(floorTweetHtml(tweet, alts)).toBe(renderToString(<Tweet tweet={tweet} mediaAlt={alts} />));
  });

  it('prints what <Tweet> prints for a hand-built post with gated URLs and every optional part', () => {
    const tweet = sampleTweet({
      url: 'javascript:alert(1)',
      inReplyTo: { handle: 'someone', url: 'https://x.com/someone' },
      media: [
        { type: 'photo', url: 'https://evil.example/a.jpg', width: 10, height: 10 },
        { type: 'photo', url: 'https://pbs.twimg.com/media/b.jpg', width: 10, height: 10 },
      ],
      truncated: true,
    });
    expect(floorTweetHtml(tweet)).toBe(renderToString(<Tweet tweet={tweet} />));
  });

  it('covers every part of a post the fixtures have', () => {
    const html = posts.map(([, tweet]) => floorTweetHtml(tweet)).join('');
    for (const part of [
      'bs-tweet-quoted',
      'bs-tweet-parent',
      'bs-tweet-replying',
      'bs-tweet-more',
      '<video',
      'data-gif',
      'bs-tweet-card',
      'bs-tweet-poll',
      'bs-tweet-affiliate',
      'data-count="2"',
      'alt="Image 2 of 4"',
      'data-network="bluesky"',
      'data-network="mastodon"',
      'bs-tweet-repost',
      'bs-tweet-warning',
      'bs-tweet-note',
      'bs-tweet-emoji',
      'bs-tweet-count',
      '<audio',
    ]) {
      expect(html).toContain(part);
    }
  });
});

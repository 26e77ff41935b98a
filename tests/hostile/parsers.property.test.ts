// Issue 10's adversarial shapes against every public parser and embed reader:
// each answers with a ParseResult (never throws), leaves its input as it was,
// and lets no unsafe URL into its model. tests/model/parsers.property.test.ts
// covers arbitrary values and mutated recorded payloads for X's three parsers,
// tests/model/article/xss.test.ts tag soup for parseArticleHtml; these are the
// runs, nesting, entity floods and hostile URLs, for all of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseArticleHtml,
  parseArticleText,
  parseBlueskyEmbed,
  parseBlueskyPost,
  parseBlueskyText,
  parseMastodonEmbed,
  parseMastodonStatus,
  parseSyndicationTweet,
  parseTweetEmbed,
  parseTweetText,
  readTweetEmbed,
  textToSegments,
} from '../../src/index.js';
import { adversarialHtml, adversarialText, anyUrl, expectResult, expectSafeModel, RUNS } from './shapes.js';

const options = { numRuns: RUNS };

describe('text parsers on runs, separators and signatures', () => {
  it('parseArticleText, parseTweetText, parseBlueskyText and textToSegments', () => {
    fc.assert(
      fc.property(adversarialText, (text) => {
        expectResult(parseArticleText(text));
        expectResult(parseArticleText(text, { baseUrl: 'https://news.example/', audio: 'javascript:x' }));
        expectResult(parseTweetText(text));
        expectResult(parseBlueskyText(text));
        const segments = textToSegments(text);
        // Segments are the text, cut up: nothing lost, nothing added.
        expect(segments.map((segment) => segment.text).join('')).toBe(text);
        expectSafeModel(segments);
      }),
      options,
    );
  });
});

describe('HTML parsers on nesting, runs of tags and hostile attributes', () => {
  const embedded = adversarialHtml.map((body) => ({
    body,
    tweet: `<blockquote class="twitter-tweet"><p>${body}</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1">May 1, 2024</a></blockquote>`,
  }));
  it('parseArticleHtml, parseTweetEmbed, readTweetEmbed, parseBlueskyEmbed and parseMastodonEmbed', () => {
    fc.assert(
      fc.property(embedded, ({ body, tweet }) => {
        for (const html of [body, tweet]) {
          expectResult(parseArticleHtml(html));
          expectResult(parseArticleHtml(html, { baseUrl: 'https://news.example/a/' }));
          expectResult(parseTweetEmbed(html));
          expectResult(parseBlueskyEmbed(html));
          expectResult(parseMastodonEmbed(html));
          const read = readTweetEmbed(html);
          if (read.kind === 'tweet') expectSafeModel(read.tweet);
          else {
            expect(read.error.code).toMatch(/^[a-z-]+$/);
            expect(typeof read.text).toBe('string');
            expectSafeModel({ url: read.url });
          }
        }
      }),
      options,
    );
  });
});

// ── JSON payloads: many entities, entities over the whole text, hostile URLs in every field ──
const shortText = fc.string({ unit: 'binary', maxLength: 20 });
const index = fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constantFrom(1e9, 1.5, Number.NaN, '3', null, [], {}));
const span = fc.tuple(index, index);
// Mostly a few, sometimes a flood past every cap (MAX_ENTITIES is 2,000) — of small items: 2,500 copies
// of a 9,000-character URL would only test JSON.stringify.
const many = <T>(item: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.array(item, { maxLength: 8 }) },
    {
      weight: 1,
      arbitrary: item.map((one) => Array.from({ length: JSON.stringify(one).length > 400 ? 3 : 2500 }, () => one)),
    },
  );

const syndication = fc.record({
  id_str: fc.constantFrom('1', '20', 'x'),
  text: adversarialText,
  user: fc.record({ name: shortText, screen_name: fc.constantFrom('a', ''), profile_image_url_https: anyUrl }),
  entities: fc.record({
    hashtags: many(fc.record({ text: fc.constantFrom('a', '#', ''), indices: span })),
    user_mentions: many(fc.record({ screen_name: fc.constantFrom('a', '__proto__'), indices: span })),
    urls: many(fc.record({ url: anyUrl, expanded_url: anyUrl, display_url: shortText, indices: span })),
    media: many(fc.record({ url: anyUrl, expanded_url: anyUrl, display_url: fc.constant('pic'), indices: span })),
  }),
  mediaDetails: many(
    fc.record({
      type: fc.constantFrom('photo', 'video', 'animated_gif'),
      media_url_https: anyUrl,
      video_info: fc.record({
        variants: fc.array(fc.record({ url: anyUrl, content_type: fc.constant('video/mp4') }), { maxLength: 3 }),
      }),
    }),
  ),
  card: fc.record({ url: anyUrl, name: fc.constant('summary'), binding_values: fc.anything({ maxDepth: 2 }) }),
});
const withQuote = syndication.chain((tweet) => syndication.map((quoted) => ({ ...tweet, quoted_tweet: quoted })));

const DID = 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa';
const facet = fc.record({
  index: fc.record({ byteStart: index, byteEnd: index }),
  features: fc.array(
    fc.record({
      $type: fc.constantFrom(
        'app.bsky.richtext.facet#link',
        'app.bsky.richtext.facet#tag',
        'app.bsky.richtext.facet#mention',
      ),
      uri: anyUrl,
      tag: fc.constantFrom('a', ''),
      did: fc.constantFrom(DID, 'did:x'),
    }),
    { maxLength: 2 },
  ),
});
const blueskyImage = fc.record({ thumb: anyUrl, fullsize: anyUrl, alt: shortText });
const bluesky = fc.record({
  uri: fc.constantFrom(`at://${DID}/app.bsky.feed.post/3lbbbbbbbbb2a`, 'at://x', 'https://bsky.app/'),
  author: fc.record({ did: fc.constant(DID), handle: fc.constantFrom('a.bsky.social', ''), avatar: anyUrl }),
  record: fc.record({ text: adversarialText, facets: many(facet) }),
  embed: fc.oneof(
    fc.record({ $type: fc.constant('app.bsky.embed.images#view'), images: many(blueskyImage) }),
    fc.record({
      $type: fc.constant('app.bsky.embed.external#view'),
      external: fc.record({ uri: anyUrl, thumb: anyUrl, title: shortText }),
    }),
    fc.record({ $type: fc.constant('app.bsky.embed.video#view'), playlist: anyUrl, thumbnail: anyUrl }),
  ),
});

const mastodon = fc.record({
  id: fc.constantFrom('1', ''),
  url: anyUrl,
  content: adversarialHtml,
  account: fc.record({
    username: fc.constantFrom('a', ''),
    url: anyUrl,
    avatar: anyUrl,
    display_name: adversarialText,
  }),
  emojis: many(fc.record({ shortcode: fc.constantFrom('a', 'constructor'), url: anyUrl, static_url: anyUrl })),
  media_attachments: many(
    fc.record({
      type: fc.constantFrom('image', 'video', 'gifv', 'audio'),
      url: anyUrl,
      preview_url: anyUrl,
      remote_url: anyUrl,
    }),
  ),
  card: fc.record({ url: anyUrl, image: anyUrl, title: shortText }),
});

describe('JSON parsers on entity floods and hostile URLs in every field', () => {
  const check = (parse: (json: unknown) => Parameters<typeof expectResult>[0]) => (payload: unknown) => {
    // Compared as JSON: expect().toEqual on a flood of 2,500 entities took seconds per run.
    const before = JSON.stringify(payload);
    expectResult(parse(payload));
    expect(JSON.stringify(payload)).toBe(before);
  };
  it('parseSyndicationTweet', () => {
    fc.assert(fc.property(withQuote, check(parseSyndicationTweet)), options);
  });
  it('parseBlueskyPost (a post, a feed item, a thread)', () => {
    const shapes = bluesky.chain((post) =>
      fc.constantFrom(post, { post, reply: { parent: post } }, { thread: { post, parent: { post } } }),
    );
    fc.assert(fc.property(shapes, check(parseBlueskyPost)), options);
  });
  it('parseMastodonStatus (a status, a boost)', () => {
    const shapes = mastodon.chain((status) => fc.constantFrom(status, { ...status, reblog: status }));
    fc.assert(fc.property(shapes, check(parseMastodonStatus)), options);
  });
});

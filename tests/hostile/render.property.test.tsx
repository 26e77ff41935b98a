// The components on hostile models: stored tweets, stored embed reads and
// stored article blocks, built with hostile URLs in every field, junk in
// place of blocks, and the runs and nesting. `renderToString` never
// throws, and no href or src it emits is unsafe (links http(s) without
// credentials, images https) — with and without an image loader.
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  ArticleBody,
  type Block,
  parseArticleHtml,
  readTweetEmbed,
  Tweet,
  type Tweet as TweetData,
  TweetEmbed,
  type TweetSegment,
} from '../../src/index.js';
import { adversarialHtml, anyUrl, expectSafeMarkup, hostileUrl, RUNS } from './shapes.js';

const options = { numRuns: RUNS };
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('\n'.repeat(500), ' '.repeat(500)));
const network = fc.constantFrom(undefined, 'x', 'bluesky', 'mastodon', 'myspace');

const segment: fc.Arbitrary<TweetSegment> = fc.oneof(
  fc.record({ type: fc.constant('text' as const), text }),
  fc.record({ type: fc.constant('text' as const), text: fc.constant(':a:'), emoji: anyUrl }),
  fc.record({
    type: fc.constantFrom('hashtag' as const, 'mention' as const, 'cashtag' as const, 'url' as const, 'media' as const),
    text,
    href: anyUrl,
  }),
);
const author = fc.record(
  {
    name: text,
    handle: fc.constantFrom('a', '__proto__', ''),
    url: anyUrl,
    avatarUrl: anyUrl,
    instance: fc.constantFrom('social.example', 'evil.example/../x'),
    affiliate: fc.record({ label: text, url: anyUrl, badgeUrl: anyUrl }),
    nameSegments: fc.array(segment, { maxLength: 3 }),
  },
  { requiredKeys: ['name', 'handle', 'url'] },
);
const media = fc.oneof(
  fc.record({ type: fc.constant('photo' as const), url: anyUrl, width: fc.nat(2000), height: fc.nat(2000), alt: text }),
  fc.record({
    type: fc.constantFrom('video' as const, 'gif' as const),
    poster: anyUrl,
    width: fc.nat(2000),
    height: fc.nat(2000),
    sources: fc.array(fc.record({ url: anyUrl, type: fc.constantFrom('video/mp4', 'application/x-mpegURL') }), {
      maxLength: 3,
    }),
  }),
);
const post = (nested: fc.Arbitrary<TweetData | undefined>): fc.Arbitrary<TweetData> =>
  fc.record(
    {
      id: fc.constantFrom('1', '3lbbbbbbbbb2a', 'javascript:x'),
      network,
      url: anyUrl,
      author,
      createdAt: fc.constantFrom('2024-05-01T12:00:00.000Z', 'not a date'),
      lang: fc.constantFrom('en', 'ar', 'x"><script>', ''),
      body: fc.array(segment, { maxLength: 12 }),
      media: fc.array(media, { maxLength: 5 }),
      quoted: nested,
      parent: nested,
      inReplyTo: fc.record({ handle: text, url: anyUrl }),
      card: fc.record({
        url: anyUrl,
        title: text,
        layout: fc.constantFrom('summary' as const, 'large' as const),
        image: fc.record({ url: anyUrl, width: fc.nat(), height: fc.nat() }),
      }),
      audio: fc.array(fc.record({ type: fc.constant('audio' as const), url: anyUrl }), { maxLength: 2 }),
      note: fc.record({ body: fc.array(segment, { maxLength: 3 }), url: anyUrl }),
      repostedBy: author,
      contentWarning: fc.record({ text }, { requiredKeys: [] }),
      source: fc.constantFrom('syndication' as const, 'embed' as const, 'text' as const, 'reference' as const),
    },
    { requiredKeys: ['author', 'body', 'media', 'source'] },
  ) as fc.Arbitrary<TweetData>;
const tweet = post(post(fc.constant(undefined)).map((inner) => inner as TweetData | undefined));

// A loader that rewrites some sources, refuses some, and answers junk for others.
const loaders = fc.constantFrom(
  undefined,
  (src: string) => `https://img.example/?u=${encodeURIComponent(src)}`,
  (src: string) => (src.includes('evil') ? '' : src),
  () => 'javascript:alert(1)',
  () => {
    throw new Error('loader down');
  },
);

describe('components on hostile stored models', () => {
  it('<Tweet> never throws and emits only gated URLs', () => {
    fc.assert(
      fc.property(tweet, loaders, fc.constantFrom('show' as const, 'none' as const), (stored, loader, mediaPolicy) => {
        expectSafeMarkup(renderToString(<Tweet tweet={stored} imageLoader={loader} media={mediaPolicy} />));
      }),
      options,
    );
  });

  it('<TweetEmbed> of what readTweetEmbed made of hostile markup, or of a stored read gone wrong', () => {
    const stored = fc.oneof(
      adversarialHtml.map((html) => readTweetEmbed(`<blockquote class="twitter-tweet">${html}</blockquote>`)),
      tweet.map((value) => ({ kind: 'tweet' as const, tweet: value, warnings: [] })),
      fc.record({ kind: fc.constant('fallback' as const), text: fc.anything(), url: hostileUrl, lang: fc.anything() }),
      fc.anything(),
    );
    fc.assert(
      fc.property(stored, (embed) => {
        expectSafeMarkup(renderToString(<TweetEmbed embed={embed as never} />));
      }),
      options,
    );
  });

  const inline = fc.oneof(
    fc.record({ type: fc.constant('text'), text, marks: fc.constantFrom(undefined, ['strong'], ['constructor']) }),
    fc.record({ type: fc.constant('link'), href: anyUrl, children: fc.constant([{ type: 'text', text: 'l' }]) }),
    fc.record({ type: fc.constantFrom('break', 'html', '__proto__') }),
    fc.anything({ maxDepth: 1 }),
  );
  const block = fc.oneof(
    fc.record({
      type: fc.constantFrom('paragraph', 'heading'),
      level: fc.constantFrom(2, 9),
      children: fc.array(inline),
    }),
    fc.record({
      type: fc.constant('list'),
      ordered: fc.boolean(),
      items: fc.array(fc.array(inline), { maxLength: 3 }),
    }),
    fc.record({ type: fc.constantFrom('quote', 'pullquote'), cite: anyUrl, children: fc.array(fc.array(inline)) }),
    fc.record({ type: fc.constant('figure'), src: anyUrl, alt: text, caption: fc.array(inline, { maxLength: 2 }) }),
    fc.record({ type: fc.constant('audio'), src: fc.oneof(anyUrl, fc.anything({ maxDepth: 0 })) }),
    fc.record({ type: fc.constant('embed'), provider: fc.constantFrom('youtube', '', '__proto__', 'x'), url: anyUrl }),
    fc.record({ type: fc.constant('tweet'), tweet: fc.oneof(tweet, fc.anything({ maxDepth: 1 })) }),
    fc.record({ type: fc.constantFrom('divider', 'iframe', 'constructor', 'toString') }),
    fc.anything({ maxDepth: 2 }),
  );
  const blocks = fc.oneof(
    fc.array(block, { maxLength: 10 }),
    adversarialHtml.map((html) => {
      const result = parseArticleHtml(html);
      return result.ok ? result.value.blocks : [];
    }),
  );

  it('<ArticleBody> of malformed and hostile stored blocks never throws and emits only gated URLs', () => {
    fc.assert(
      fc.property(blocks, loaders, fc.boolean(), (list, loader, requireConsent) => {
        let reported = 0;
        const html = renderToString(
          <ArticleBody
            blocks={list as Block[]}
            imageLoader={loader}
            requireConsent={requireConsent}
            development
            onInvalidBlock={() => {
              reported += 1;
            }}
          />,
        );
        expectSafeMarkup(html);
        // Every malformed block is reported and shown as the development placeholder, nothing else of it.
        expect(html.split('data-invalid=""').length - 1).toBe(reported);
      }),
      options,
    );
  });
});

describe('the markup check', () => {
  it.each([
    '<a href="javascript:alert(1)">',
    '<img src="http://pbs.twimg.com/a.jpg">',
    '<img srcset="https://a.example/a.jpg 1x, data:image/png,x 2x">',
    '<a href="https://x.com@evil.example/">',
    '<video poster="/relative.jpg">',
  ])('catches %s', (html) => {
    expect(() => expectSafeMarkup(html)).toThrow();
  });
});

// Server renders: what a page pays for the render examples (a stored
// embed read and rendered) and for hostile stored models (blocks and tweets
// from a database, never through our parsers).
import { renderToString } from 'react-dom/server';
import {
  ArticleBody,
  type Block,
  parseArticleHtml,
  readTweetEmbed,
  Tweet,
  type Tweet as TweetData,
  TweetEmbed,
} from '../src/index.js';
import { MAX_HTML_LENGTH as MAX_ARTICLE_HTML } from '../src/model/article/html.js';
import { MAX_HTML_LENGTH as MAX_EMBED_HTML } from '../src/model/tweet/embed.js';
import { countIn, paragraphs, prose, repeatTo, target } from './linearity-shape.js';

const EMBED_SIGNATURE = '&mdash; A (@a) <a href="https://twitter.com/a/status/1">May 1, 2024</a>';
const embed = (body: string) =>
  `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${body}</p>${EMBED_SIGNATURE}</blockquote>`;
const EMBED_FIXED = embed('').length;

export const renderTweetEmbed = target<string>({
  name: 'renderToString(<TweetEmbed embed={readTweetEmbed(html)}>)',
  limit: { chars: MAX_EMBED_HTML, kind: 'rejects', constant: 'MAX_HTML_LENGTH (tweet/embed.ts)' },
  run: (html) => renderToString(<TweetEmbed embed={readTweetEmbed(html)} />),
  plain: (n) => embed(prose(n - EMBED_FIXED)),
  shapes: [
    {
      example: true,
      name: 'a no-break-space run in a fallback',
      make: (n) => repeatTo(n, '\u00a0', '<blockquote class="twitter-tweet"><p>', 'x</p></blockquote>'),
    },
    {
      example: true,
      name: "'<i>' × n (a fallback)",
      make: (n) => repeatTo(n, '<i>', '<blockquote class="twitter-tweet">'),
    },
    { name: "' <wbr>' × n", make: (n) => embed(repeatTo(n - EMBED_FIXED, ' <wbr>', 'hi')) },
    {
      name: 'line breaks × n in a fallback',
      make: (n) => repeatTo(n, '<br>a', '<blockquote><p>', '</p></blockquote>'),
    },
  ],
});

export const renderArticleHtml = target<string>({
  name: 'renderToString(<ArticleBody article={parseArticleHtml(html)}>)',
  limit: { chars: MAX_ARTICLE_HTML, kind: 'rejects', constant: 'MAX_HTML_LENGTH (article/html.ts)' },
  run: (html) => {
    const result = parseArticleHtml(html);
    return result.ok ? renderToString(<ArticleBody article={result.value} development={false} />) : '';
  },
  plain: (n) =>
    paragraphs(n, 600, 7)
      .map((text) => `<p>${text}</p>`)
      .join(''),
  shapes: [
    { name: "'<div>' + '<hr>' × n + '</div>'", make: (n) => repeatTo(n, '<hr>', '<div>', '</div>') },
    // A block per five characters: past MAX_BLOCKS only words are kept, or a megabyte rendered in 1.6 s.
    { name: "'<hr>a' × n (many blocks)", make: (n) => repeatTo(n, '<hr>a') },
    {
      name: '<blockquote>s nested n deep',
      make: (n) => {
        const depth = countIn(n, '<blockquote></blockquote>', 30);
        return `<p>before</p>${'<blockquote>'.repeat(depth)}x${'</blockquote>'.repeat(depth)}<p>after</p>`;
      },
    },
    {
      name: 'tweet embeds × n',
      make: (n) => repeatTo(n, embed('hi #a @b https://a.example/ pic.twitter.com/x')),
    },
    { name: "'<b><i>' × n (nested marks)", make: (n) => repeatTo(n, '<b><i>', '<p>', 'x</p>') },
    {
      name: 'links × n in one paragraph',
      make: (n) => repeatTo(n, '<a href="https://a.example/">x</a> ', '<p>', '</p>'),
    },
  ],
});

/** Copies of `item` filling n characters of JSON (a stored model is as big as its JSON). */
function fillJson<T>(n: number, item: T): T[] {
  return Array.from({ length: countIn(n, JSON.stringify(item).length + 1) }, () => item);
}

const link = (href: string, children: unknown[]): unknown => ({ type: 'link', href, children });
const deepLink = (depth: number): unknown =>
  depth === 0 ? { type: 'text', text: 'x' } : link('https://a.example/', [deepLink(depth - 1)]);

export const renderStoredBlocks = target<unknown[]>({
  name: 'renderToString(<ArticleBody blocks={stored}>)',
  unit: 'JSON',
  run: (blocks) => renderToString(<ArticleBody blocks={blocks as Block[]} development={false} />),
  plain: (n) => paragraphs(n, 600, 44).map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
  shapes: [
    {
      example: true,
      name: 'malformed blocks × n',
      make: (n) =>
        [{ type: 'paragraph' }, { type: 'list' }, { type: 'tweet' }, { type: 'audio', src: 42 }].flatMap((block) =>
          fillJson(n / 4, block),
        ),
    },
    {
      name: 'hostile URLs in every field × n',
      make: (n) => [
        ...fillJson(n * 0.9, {
          type: 'paragraph',
          children: [
            link('javascript:alert(1)', [{ type: 'text', text: 'a' }]),
            link('https://x.com@evil.example/', []),
          ],
        }),
        ...fillJson(n * 0.1, { type: 'figure', src: 'data:image/png,x', alt: 'x' }),
      ],
    },
    {
      name: 'links nested 40 deep × n',
      make: (n) => fillJson(n, { type: 'paragraph', children: [deepLink(40)] }),
    },
  ],
});

const author = { name: 'A', handle: 'a', url: 'https://x.com/a', avatarUrl: 'https://pbs.twimg.com/a.jpg' };
const tweet = (body: TweetData['body'], extra: Partial<TweetData> = {}): TweetData => ({
  id: '1',
  author,
  body,
  media: [],
  source: 'syndication',
  ...extra,
});

export const renderStoredTweet = target<TweetData>({
  name: 'renderToString(<Tweet tweet={stored}>)',
  unit: 'JSON',
  run: (stored) => renderToString(<Tweet tweet={stored} />),
  plain: (n) => tweet([{ type: 'text', text: prose(n - 150) }]),
  shapes: [
    {
      name: 'hostile hrefs in segments × n',
      make: (n) =>
        tweet(
          fillJson(n, { type: 'url' as const, text: 'a', href: 'javascript:alert(1)' }).flatMap((segment, i) => [
            i % 2 ? segment : { ...segment, href: 'https://x.com@evil.example/' },
            { type: 'text' as const, text: ' ' },
          ]),
        ),
    },
    {
      name: 'photos from hostile hosts × n',
      make: (n) =>
        tweet([{ type: 'text', text: 'x' }], {
          media: fillJson(n, { type: 'photo' as const, url: 'http://evil.example/p.jpg', width: 1, height: 1 }),
          author: { ...author, avatarUrl: 'data:image/png,x' },
        }),
    },
    {
      name: 'line breaks × n',
      make: (n) => tweet([{ type: 'text', text: repeatTo(n - 150, '\n', 'a', 'b') }]),
    },
  ],
});

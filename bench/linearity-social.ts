// Bluesky and Mastodon: the AppView and Mastodon-API JSON, the stored embeds
// and copied text, with the shapes carried over to each.
import {
  parseBlueskyEmbed,
  parseBlueskyPost,
  parseBlueskyText,
  parseMastodonEmbed,
  parseMastodonStatus,
} from '../src/index.js';
import { MAX_LENGTH as BLUESKY_MAX } from '../src/model/bluesky/embed.js';
import { MAX_TEXT } from '../src/model/bluesky/post.js';
import { MAX_LENGTH as MASTODON_MAX } from '../src/model/mastodon/embed.js';
import { MAX_CONTENT } from '../src/model/mastodon/status.js';
import { countIn, prose, repeatTo, target } from './linearity-shape.js';

interface Json {
  [key: string]: unknown;
}

const DID = 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa';
const blueskyView = (text: string, facets: unknown[] = []): Json => ({
  uri: `at://${DID}/app.bsky.feed.post/3lbbbbbbbbb2a`,
  author: { did: DID, handle: 'reporter.example.com', displayName: 'Reporter' },
  record: { text, createdAt: '2025-02-07T14:05:00.000Z', facets },
});
const tag = (start: number, end: number) => ({
  index: { byteStart: start, byteEnd: end },
  features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'a' }],
});

export const blueskyPost = target<Json>({
  name: 'parseBlueskyPost',
  limit: { chars: MAX_TEXT, kind: 'rejects', constant: 'MAX_TEXT (bluesky/post.ts)' },
  unit: 'text',
  run: (json) => parseBlueskyPost(json),
  plain: (n) => blueskyView(prose(n)),
  shapes: [
    {
      name: 'facets whose ranges span the whole text',
      make: (n) =>
        blueskyView(
          'x'.repeat(n),
          Array.from({ length: countIn(n, 35) }, (_, i) => tag(i, n)),
        ),
    },
    {
      name: 'many well-formed facets',
      make: (n) => {
        const count = countIn(n, '#a ');
        return blueskyView(
          '#a '.repeat(count),
          Array.from({ length: count }, (_, i) => tag(i * 3, i * 3 + 2)),
        );
      },
    },
    {
      name: 'hostile link facets × n',
      make: (n) => {
        const count = countIn(n, 'ab ');
        const facets = Array.from({ length: count }, (_, i) => ({
          index: { byteStart: i * 3, byteEnd: i * 3 + 2 },
          features: [
            { $type: 'app.bsky.richtext.facet#link', uri: i % 2 ? 'javascript:x' : 'https://x.com@evil.example/' },
          ],
        }));
        return blueskyView('ab '.repeat(count), facets);
      },
    },
    { name: 'a whitespace run', make: (n) => blueskyView(repeatTo(n, ' ', 'a', 'b')) },
  ],
});

const BSKY_SIGNATURE = `&mdash; Reporter (<a href="https://bsky.app/profile/${DID}">@reporter.example.com</a>) <a href="https://bsky.app/profile/${DID}/post/3lbbbbbbbbb2a">April 16, 2025 at 11:57 PM</a>`;
const blueskyEmbedHtml = (body: string) =>
  `<blockquote class="bluesky-embed" data-bluesky-uri="at://${DID}/app.bsky.feed.post/3lbbbbbbbbb2a"><p lang="en">${body}</p>${BSKY_SIGNATURE}</blockquote>`;
const BSKY_FIXED = blueskyEmbedHtml('').length;

export const blueskyEmbed = target<string>({
  name: 'parseBlueskyEmbed',
  limit: { chars: BLUESKY_MAX, kind: 'rejects', constant: 'MAX_LENGTH (bluesky/embed.ts)' },
  run: (html) => parseBlueskyEmbed(html),
  plain: (n) => blueskyEmbedHtml(prose(n - BSKY_FIXED)),
  shapes: [
    { name: "'<i>' × n (nesting)", make: (n) => blueskyEmbedHtml(repeatTo(n - BSKY_FIXED, '<i>', '', 'x')) },
    { name: "' <br>' × n", make: (n) => blueskyEmbedHtml(repeatTo(n - BSKY_FIXED, ' <br>', 'a', 'b')) },
    {
      name: "'<i>' × 150 around a long text",
      make: (n) => blueskyEmbedHtml(`${'<i>'.repeat(150)}${prose(n - BSKY_FIXED - 450)}`),
    },
  ],
});

const BSKY_TEXT_SIGNATURE = '\n— Reporter (@reporter.example.com) April 16, 2025 at 11:57 PM';

export const blueskyText = target<string>({
  name: 'parseBlueskyText',
  limit: { chars: BLUESKY_MAX, kind: 'rejects', constant: 'MAX_LENGTH (bluesky/embed.ts)' },
  run: (text) => parseBlueskyText(text),
  plain: (n) => prose(n - BSKY_TEXT_SIGNATURE.length) + BSKY_TEXT_SIGNATURE,
  shapes: [
    { name: 'line breaks × n above a signature', make: (n) => repeatTo(n, '\n', 'a', BSKY_TEXT_SIGNATURE) },
    { name: "'— ' × n (the signature's dash)", make: (n) => repeatTo(n, '— ', '', BSKY_TEXT_SIGNATURE) },
    { name: 'spaces around line breaks × n', make: (n) => repeatTo(n, '  \n  ', 'a', BSKY_TEXT_SIGNATURE) },
  ],
});

const status = (content: string, extra: Json = {}): Json => ({
  id: '113000000000000001',
  url: 'https://social.example/@newsdesk/113000000000000001',
  content,
  account: { id: '1', username: 'newsdesk', acct: 'newsdesk', url: 'https://social.example/@newsdesk' },
  ...extra,
});

export const mastodonStatus = target<Json>({
  name: 'parseMastodonStatus',
  limit: { chars: MAX_CONTENT, kind: 'rejects', constant: 'MAX_CONTENT (mastodon/status.ts)' },
  unit: 'content',
  run: (json) => parseMastodonStatus(json),
  plain: (n) => status(`<p>${prose(n - 7)}</p>`),
  shapes: [
    { name: "'<span>' × n (nesting)", make: (n) => status(repeatTo(n, '<span>', '<p>', 'x')) },
    {
      name: 'hashtag links × n',
      make: (n) =>
        status(repeatTo(n, '<a href="https://social.example/tags/a" class="mention hashtag">#a</a> ', '<p>')),
    },
    {
      name: ':emoji: × n',
      make: (n) =>
        status(repeatTo(n, ':a:', '<p>', '</p>'), {
          emojis: [
            { shortcode: 'a', url: 'https://social.example/e/a.png', static_url: 'https://social.example/e/a.png' },
          ],
        }),
    },
    { name: 'whitespace × n', make: (n) => status(repeatTo(n, ' \n\t', '<p>a', 'b</p>')) },
    {
      name: 'hostile link attributes × n',
      make: (n) =>
        status(repeatTo(n, '<a href="javascript:x">a</a><a href="https://x.com@evil.example/">b</a> ', '<p>')),
    },
  ],
});

const mastodonEmbedHtml = (body: string) =>
  `<blockquote class="mastodon-embed" data-embed-url="https://social.example/@newsdesk/113000000000000001/embed">${body}<a href="https://social.example/@newsdesk/113000000000000001">Post by @newsdesk@social.example</a></blockquote>`;
const MASTO_FIXED = mastodonEmbedHtml('').length;

export const mastodonEmbed = target<string>({
  name: 'parseMastodonEmbed',
  limit: { chars: MASTODON_MAX, kind: 'rejects', constant: 'MAX_LENGTH (mastodon/embed.ts)' },
  run: (html) => parseMastodonEmbed(html),
  plain: (n) => mastodonEmbedHtml(`<p>${prose(n - MASTO_FIXED - 7)}</p>`),
  shapes: [
    { name: "'<div>' × n (nesting)", make: (n) => mastodonEmbedHtml(repeatTo(n - MASTO_FIXED, '<div>')) },
    {
      name: 'links × n',
      make: (n) => mastodonEmbedHtml(repeatTo(n - MASTO_FIXED, '<a href="https://social.example/@x/1">x</a>')),
    },
  ],
});

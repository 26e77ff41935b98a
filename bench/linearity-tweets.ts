// X's three inputs (copied text, syndication JSON, stored embed HTML) and the
// text segmenter they share, with issue 10's shapes for each.
import { parseSyndicationTweet, parseTweetEmbed, parseTweetText, textToSegments } from '../src/index.js';
import { MAX_HTML_LENGTH } from '../src/model/tweet/embed.js';
import { MAX_TWEET_TEXT } from '../src/model/tweet/syndication-text.js';
import { MAX_TEXT_LENGTH } from '../src/model/tweet/text.js';
import { countIn, prose, repeatTo, target } from './linearity-shape.js';

const SIGNATURE = '\n— A (@a) May 1, 2024';
const EMBED_SIGNATURE = '&mdash; A (@a) <a href="https://twitter.com/a/status/1">May 1, 2024</a>';

export const tweetText = target<string>({
  name: 'parseTweetText',
  limit: { chars: MAX_TEXT_LENGTH, kind: 'rejects', constant: 'MAX_TEXT_LENGTH (tweet/text.ts)' },
  run: (text) => parseTweetText(text),
  plain: (n) => prose(n - SIGNATURE.length) + SIGNATURE,
  shapes: [
    { name: "' t.co/a' × n + '!' above a signature", make: (n) => repeatTo(n, ' t.co/a', '', `!${SIGNATURE}`) },
    { name: 'a run of U+2000 above a signature', make: (n) => repeatTo(n, '\u2000', 'x', `y${SIGNATURE}`) },
    { name: "'http://a.co/' + '.' × n above a signature", make: (n) => repeatTo(n, '.', 'http://a.co/', SIGNATURE) },
    { name: "'— (@a) ' × n (signature-like lines)", make: (n) => repeatTo(n, '— B (@a) x\n', '', SIGNATURE) },
    { name: 'no-break spaces × n above a signature', make: (n) => repeatTo(n, '\u00a0', 'x', `y${SIGNATURE}`) },
  ],
});

export const segments = target<string>({
  name: 'textToSegments',
  run: (text) => textToSegments(text),
  plain: (n) => prose(n),
  shapes: [
    { name: "'http://a.co/' + '.' × n", make: (n) => repeatTo(n, '.', 'http://a.co/', 'b') },
    { name: "' t.co/a' × n", make: (n) => repeatTo(n, ' t.co/a') },
    { name: "'#a' × n (hashtags without a break)", make: (n) => repeatTo(n, '#a') },
    { name: "'@a ' × n (mentions)", make: (n) => repeatTo(n, '@a ') },
    { name: "'a.co/' × n (links without a break)", make: (n) => repeatTo(n, 'a.co/') },
    { name: 'one character × n', make: (n) => 'a'.repeat(n) },
  ],
});

interface Payload {
  [key: string]: unknown;
}
const user = (handle: string) => ({ name: handle.toUpperCase(), screen_name: handle });
const payload = (text: string, extra: Payload = {}): Payload => ({ id_str: '1', user: user('a'), text, ...extra });

export const syndication = target<Payload>({
  name: 'parseSyndicationTweet',
  limit: { chars: MAX_TWEET_TEXT, kind: 'cuts', constant: 'MAX_TWEET_TEXT, MAX_ENTITIES (tweet/syndication-text.ts)' },
  unit: 'text',
  run: (json) => parseSyndicationTweet(json),
  plain: (n) => payload(prose(n)),
  shapes: [
    {
      example: true,
      name: 'a whitespace run in a tweet that quotes another',
      make: (n) =>
        payload(repeatTo(n, ' ', 'a', 'b https://t.co/abc'), {
          quoted_tweet: { id_str: '2', user: user('b'), text: 'quoted' },
        }),
    },
    {
      // 800 over 28,000 characters in the issue: one per 35 characters.
      example: true,
      name: 'hashtags whose indices span the whole text',
      make: (n) =>
        payload('x'.repeat(n), {
          entities: { hashtags: Array.from({ length: countIn(n, 35) }, (_, i) => ({ text: 'a', indices: [i, n] })) },
        }),
    },
    {
      name: 'many well-formed entities',
      make: (n) => {
        const count = countIn(n, '#a ');
        const hashtags = Array.from({ length: count }, (_, i) => ({ text: 'a', indices: [i * 3, i * 3 + 2] }));
        return payload('#a '.repeat(count), { entities: { hashtags } });
      },
    },
    {
      name: 'hostile URLs in every url field',
      make: (n) => {
        const count = countIn(n, 't.co/x ');
        const urls = Array.from({ length: count }, (_, i) => ({
          url: 'javascript:alert(1)',
          expanded_url: i % 2 ? 'data:text/html,x' : 'https://x.com@evil.example/',
          display_url: 'a',
          indices: [i * 7, i * 7 + 6],
        }));
        return payload('t.co/x '.repeat(count), {
          entities: { urls },
          user: { ...user('a'), profile_image_url_https: 'http://evil.example/a.jpg' },
        });
      },
    },
  ],
});

const embed = (body: string) =>
  `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${body}</p>${EMBED_SIGNATURE}</blockquote>`;
const EMBED_FIXED = embed('').length;

export const tweetEmbed = target<string>({
  name: 'parseTweetEmbed',
  limit: { chars: MAX_HTML_LENGTH, kind: 'rejects', constant: 'MAX_HTML_LENGTH (tweet/embed.ts)' },
  run: (html) => parseTweetEmbed(html),
  plain: (n) => embed(prose(n - EMBED_FIXED)),
  shapes: [
    { example: true, name: "' <wbr>' × n in an embed", make: (n) => embed(repeatTo(n - EMBED_FIXED, ' <wbr>', 'hi')) },
    { name: 'a no-break-space run', make: (n) => embed(repeatTo(n - EMBED_FIXED, '\u00a0', '', 'x')) },
    { name: "'<i>' × n (nesting)", make: (n) => repeatTo(n, '<i>', '<blockquote class="twitter-tweet">') },
    {
      name: 'links × n',
      make: (n) => embed(repeatTo(n - EMBED_FIXED, '<a href="https://twitter.com/hashtag/a">#a</a> ')),
    },
    {
      name: 'hostile and mismatched links × n',
      make: (n) =>
        embed(
          repeatTo(
            n - EMBED_FIXED,
            '<a href="javascript:x">@a</a> <a href="https://twitter.com/evil">@b</a> <a href="https://x.com@evil.example/">c</a> ',
          ),
        ),
    },
    { name: "'<br>' × n", make: (n) => embed(repeatTo(n - EMBED_FIXED, '<br>', 'a', 'b')) },
  ],
});

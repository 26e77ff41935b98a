// Article bodies: copied text and CMS HTML, with issue 10's shapes for each.
import { parseArticleHtml, parseArticleText } from '../src/index.js';
import { MAX_HTML_LENGTH } from '../src/model/article/html.js';
import { MAX_TEXT_LENGTH } from '../src/model/article/text.js';
import { countIn, paragraphs, prose, repeatTo, target } from './linearity-shape.js';

const SIGNATURE = '\n— A (@a) May 1, 2024';
const EMBED_SIGNATURE = '&mdash; A (@a) <a href="https://twitter.com/a/status/1">May 1, 2024</a>';

export const articleText = target<string>({
  name: 'parseArticleText',
  limit: { chars: MAX_TEXT_LENGTH, kind: 'rejects', constant: 'MAX_TEXT_LENGTH (article/text.ts)' },
  run: (text) => parseArticleText(text),
  plain: (n) => paragraphs(n, 600, 2).join('\n\n'),
  shapes: [
    {
      example: true,
      name: "'see http://a.co/' + '.' × n + 'b'",
      make: (n) => repeatTo(n, '.', 'see http://a.co/', 'b'),
    },
    {
      example: true,
      name: "' t.co/a' × n + '!' above a signature",
      make: (n) => repeatTo(n, ' t.co/a', '', `!${SIGNATURE}`),
    },
    {
      example: true,
      name: 'a run of U+2000 above a signature',
      make: (n) => repeatTo(n, '\u2000', 'x', `y${SIGNATURE}`),
    },
    { name: 'one character × n', make: (n) => 'a'.repeat(n) },
    { name: 'line breaks × n (a separator)', make: (n) => repeatTo(n, '\n', 'a', 'b') },
    // Each line might be an embed's address or a signature's name: asked of every one.
    { name: "one-word lines × n ('a\\n')", make: (n) => repeatTo(n, 'a\n') },
    { name: "'— ' × n (the signature's dash)", make: (n) => repeatTo(n, '— ', 'a ', SIGNATURE) },
    { name: "'http://a.co/' + ')' × n", make: (n) => repeatTo(n, ')', 'see (http://a.co/', ' end') },
    { name: 'links × n', make: (n) => repeatTo(n, 'https://a.example/x ') },
    { name: 'signed tweets × n (many entities)', make: (n) => repeatTo(n, `hi #a @b $C${SIGNATURE}\n`) },
    { name: "'(@a)' × n above a signature", make: (n) => repeatTo(n, '(@a) ', 'x ', SIGNATURE) },
  ],
});

// Fills what a run of big pieces leaves of n with one paragraph of prose, so every size is n.
const padHtml = (n: number, html: string) =>
  n - html.length > 8 ? `${html}<p>${prose(n - html.length - 7)}</p>` : html;

const figure = (depth: number) =>
  `${'<figure>'.repeat(depth)}<img src="https://a.example/c.jpg" alt="c">${'</figure>'.repeat(depth)}`;

export const articleHtml = target<string>({
  name: 'parseArticleHtml',
  limit: { chars: MAX_HTML_LENGTH, kind: 'rejects', constant: 'MAX_HTML_LENGTH (article/html.ts)' },
  run: (html) => parseArticleHtml(html),
  plain: (n) =>
    paragraphs(n, 600, 7)
      .map((text) => `<p>${text}</p>`)
      .join(''),
  shapes: [
    { example: true, name: "'<div>' × n", make: (n) => repeatTo(n, '<div>', '', 'deep') },
    {
      example: true,
      name: '200 nested <figure>s, repeated',
      make: (n) => padHtml(n, repeatTo(n, `${figure(200)}<p>after</p>`)),
    },
    {
      name: '<figure>s nested n deep',
      make: (n) => {
        const depth = countIn(n, '<figure></figure>', 60);
        return figure(depth);
      },
    },
    {
      example: true,
      name: '<blockquote>s nested n deep',
      make: (n) => {
        const depth = countIn(n, '<blockquote></blockquote>', 30);
        return `<p>before</p>${'<blockquote>'.repeat(depth)}x${'</blockquote>'.repeat(depth)}<p>after</p>`;
      },
    },
    {
      example: true,
      name: "a tweet embed holding '<i>' × n",
      make: (n) => repeatTo(n, '<i>', '<p>before</p><blockquote class="twitter-tweet">', '</blockquote><p>after</p>'),
    },
    { example: true, name: "'<div>' + '<hr>' × n + '</div>'", make: (n) => repeatTo(n, '<hr>', '<div>', '</div>') },
    { name: "'<p>' + '<br>' × n + 'x</p>'", make: (n) => repeatTo(n, '<br>', '<p>', 'x</p>') },
    { name: "'<p>a</p>' × n (many blocks)", make: (n) => repeatTo(n, '<p>a</p>') },
    {
      name: 'links × n in one paragraph',
      make: (n) => repeatTo(n, '<a href="https://a.example/">x</a> ', '<p>', '</p>'),
    },
    { name: "'<b><i>' × n (nested marks)", make: (n) => repeatTo(n, '<b><i>', '<p>', 'x</p>') },
    {
      name: 'tweet embeds × n',
      make: (n) => repeatTo(n, `<blockquote class="twitter-tweet"><p>hi #a</p>${EMBED_SIGNATURE}</blockquote>`),
    },
    {
      name: 'hostile URLs × n in every attribute',
      make: (n) =>
        repeatTo(
          n,
          '<p><a href="javascript:alert(1)">a</a><a href="https://x.com@evil.example/">b</a></p><img src="data:image/png,x" alt="d"><audio src="vbscript:x"></audio><blockquote cite="file:///etc/passwd">q</blockquote>',
        ),
    },
    { name: '1×1 tracking pixels × n', make: (n) => repeatTo(n, '<img src="https://t.example/p.gif" width="1">') },
    { name: 'one text node of n characters', make: (n) => `<p>${prose(n - 7, 1e9)}</p>` },
  ],
});

// fast-check generators for issue 10's adversarial shapes — long runs of one
// character, of a separator, of links; deep nesting; many entities; hostile
// URLs in every field — and the checks every hostile-input property shares:
// a parser answers with a result, and nothing unsafe is in what it returns.
import fc from 'fast-check';
import { expect } from 'vitest';

/** How many runs each property makes: enough to meet every shape, few enough for two busy cores. */
export const RUNS = 150;

/** URLs that must never come out as a link or an image: schemes, disguises, credentials, mixed content. */
export const hostileUrl = fc.constantFrom(
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/png;base64,iVBORw0KGgo=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'https://x.com@evil.example/',
  'https://user:pass@pbs.twimg.com/a.jpg',
  'http://pbs.twimg.com/media/a.jpg',
  'https://pbs.twimg.com.evil.example/a.jpg',
  '//evil.example/x',
  `https://a.example/${'a'.repeat(9000)}`,
  '',
);
export const anyUrl = fc.oneof(
  hostileUrl,
  fc.constantFrom('https://pbs.twimg.com/media/a.jpg', 'https://cdn.bsky.app/img/a.jpg', 'https://a.example/p'),
);

/** One piece repeated up to `max` times: a run of a character, a separator, a link, a tag. */
export function runOf(pieces: readonly string[], max = 2000): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...pieces), fc.integer({ min: 1, max })).map(([piece, count]) => piece.repeat(count));
}

/** Runs of the characters and separators that made the regexes and loops restart. */
export const textRun = runOf([
  '.',
  ' ',
  '\u00a0',
  '\u2000',
  '\u3000',
  '\n',
  '\r\n',
  '\t',
  ')',
  '(',
  '—',
  '— ',
  '-',
  '#',
  '@',
  '#a',
  '@a ',
  '$A ',
  ' t.co/a',
  'http://a.co/',
  'https://a.example/x ',
  'a.co/',
  '(@a) ',
  '&amp;',
  '…',
  '🇺',
  '\u200d',
  'a',
]);

/** Text built of runs and of the pieces a signature or a tweet is made of. */
export const adversarialText = fc
  .array(
    fc.oneof(
      textRun,
      fc.constantFrom('\n— A (@a) May 1, 2024', '\n— B (@b.bsky.social) April 16, 2025 at 11:57 PM', 'x', '\n\n'),
      fc.string({ unit: 'binary', maxLength: 40 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** Markup runs: deep nesting of inline and block tags, long runs of void tags and links. */
export const htmlRun = runOf(
  [
    '<div>',
    '<i>',
    '<b><i>',
    '<span>',
    '<blockquote>',
    '<figure>',
    '<ul><li>',
    '<a href="https://a.example/">',
    '<blockquote class="twitter-tweet">',
    '<br>',
    ' <wbr>',
    '<hr>',
    '<p>',
    '</p>',
    '</div>',
    '<img src="https://t.example/p.gif" width="1">',
    '<a href="https://twitter.com/hashtag/a">#a</a> ',
    '<!--x-->',
    '&nbsp;',
  ],
  800,
);

/** Markup pieces that carry hostile URLs in every attribute that can hold one. */
export const hostileTag = hostileUrl.chain((url) =>
  fc.constantFrom(
    `<a href="${url}">x</a>`,
    `<img src="${url}" alt="i">`,
    `<img srcset="${url} 2x" alt="i">`,
    `<audio src="${url}"></audio>`,
    `<iframe src="${url}"></iframe>`,
    `<blockquote cite="${url}">q</blockquote>`,
    `<blockquote class="twitter-tweet"><p>t <a href="${url}">@a</a></p>&mdash; A (@a) <a href="${url}">May 1, 2024</a></blockquote>`,
  ),
);

export const adversarialHtml = fc
  .array(
    fc.oneof(
      htmlRun,
      hostileTag,
      fc.constantFrom(
        '<blockquote class="twitter-tweet"><p>hi</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1">May 1, 2024</a></blockquote>',
        '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:aaaaaaaaaaaaaaaaaaaaaaaa/app.bsky.feed.post/3lbbbbbbbbb2a"><p>hi</p>&mdash; A (<a href="https://bsky.app/profile/a.bsky.social">@a.bsky.social</a>) <a href="https://bsky.app/profile/a.bsky.social/post/3lbbbbbbbbb2a">April 16, 2025 at 11:57 PM</a></blockquote>',
        '<blockquote class="mastodon-embed" data-embed-url="https://social.example/@a/1/embed"><a href="https://social.example/@a/1">Post by @a@social.example</a></blockquote>',
      ),
      fc.string({ maxLength: 30 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

// Keys whose string values are URLs anywhere in a model (posts, blocks, cards, media, authors).
const LINK_KEY = /^(href|url|cite|avatarUrl|badgeUrl|poster|src|emoji)$/;
const IMAGE_KEY = /^(avatarUrl|badgeUrl|poster|emoji)$/;

/** Every URL in a parsed value is http(s) without credentials (mailto for article links), images https. */
export function expectSafeModel(value: unknown): void {
  const stack: { value: unknown; path: string; key: string }[] = [{ value, path: 'value', key: '' }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { value: item, path, key } = top;
    if (typeof item === 'string') {
      if (!LINK_KEY.test(key)) continue;
      if (key === 'href' && item.startsWith('mailto:')) continue;
      const url = new URL(item);
      expect(url.protocol, `${path}: ${item}`).toMatch(/^https?:$/);
      expect(url.username + url.password, `${path}: ${item}`).toBe('');
      if (IMAGE_KEY.test(key)) expect(url.protocol, `${path}: ${item}`).toBe('https:');
    } else if (Array.isArray(item)) {
      item.forEach((child, index) => {
        stack.push({ value: child, path: `${path}[${index}]`, key });
      });
    } else if (typeof item === 'object' && item !== null) {
      for (const [name, child] of Object.entries(item))
        stack.push({ value: child, path: `${path}.${name}`, key: name });
    }
  }
}

interface AnyResult {
  ok: boolean;
  value?: unknown;
  warnings?: unknown;
  error?: { code?: unknown; message?: unknown };
}

/** A ParseResult: ok with a safe value and a list of warnings, or a typed error with a message. */
export function expectResult(result: AnyResult): void {
  if (result.ok) {
    expect(Array.isArray(result.warnings)).toBe(true);
    expectSafeModel(result.value);
  } else {
    expect(result.error?.code).toMatch(/^[a-z-]+$/);
    expect(typeof result.error?.message).toBe('string');
  }
}

/**
 * Every URL-valued attribute of rendered markup is gated: links (`href`, `cite`) http(s) or mailto
 * without credentials, or a fragment of the page (skip links); media (`src`, `poster`, `srcset`) https.
 */
export function expectSafeMarkup(html: string): void {
  for (const [, name = '', raw = ''] of html.matchAll(/\s(href|src|poster|srcset|cite|action|formaction)="([^"]*)"/g)) {
    const value = raw.replace(/&amp;/g, '&');
    const link = name === 'href' || name === 'cite';
    if (link && value.startsWith('#')) continue;
    const candidates =
      name === 'srcset' ? value.split(',').map((entry) => entry.trim().split(/\s+/)[0] ?? '') : [value];
    for (const candidate of candidates) {
      const url = new URL(candidate);
      expect(url.protocol, `${name}="${value}"`).toMatch(link ? /^(https?|mailto):$/ : /^https?:$/);
      expect(url.username + url.password, `${name}="${value}"`).toBe('');
      if (!link && url.hostname !== 'localhost') expect(url.protocol, `${name}="${value}"`).toBe('https:');
    }
  }
}

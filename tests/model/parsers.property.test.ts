// Property-based tests: whatever the input, the three tweet parsers return a
// ParseResult, never throw, never mutate their input and never let a
// non-http(s) link out. Each property prints how many runs it made.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/model/shared/result.js';
import { parseTweetEmbed } from '../../src/model/tweet/embed.js';
import { parseSyndicationTweet } from '../../src/model/tweet/syndication.js';
import { matchTweetSignature, parseTweetText } from '../../src/model/tweet/text.js';
import { findTextEntities, textToSegments } from '../../src/model/tweet/text-entities.js';
import type { Tweet } from '../../src/model/tweet/types.js';
import { ownSyndication, sharedSyndication } from '../shared.js';

const RUNS = 1000;
const runs: Record<string, number> = {};
const accepted: Record<string, number> = {};

afterAll(() => {
  for (const [name, count] of Object.entries(runs)) {
    const ok = accepted[name] === undefined ? '' : ` (${accepted[name]} parsed ok)`;
    console.log(`fast-check runs: ${name} ${count}${ok}`);
  }
});

function counted<T>(name: string, check: (value: T) => void): (value: T) => void {
  return (value) => {
    runs[name] = (runs[name] ?? 0) + 1;
    check(value);
  };
}

const LINK_KEYS = new Set(['href', 'url', 'avatarUrl', 'badgeUrl', 'poster']);

/** Every link anywhere in a parsed tweet (segments, media, card, author, quotes) is http(s). */
function expectSafeLinks(value: unknown, path = 'tweet'): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      expectSafeLinks(item, `${path}[${index}]`);
    });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (LINK_KEYS.has(key) && typeof child === 'string') {
      expect(new URL(child).protocol, `${path}.${key}`).toMatch(/^https?:$/);
    } else {
      expectSafeLinks(child, `${path}.${key}`);
    }
  }
}

function expectResult(result: ParseResult<Tweet>): void {
  if (result.ok) {
    expect(Array.isArray(result.warnings)).toBe(true);
    expect(Array.isArray(result.value.body)).toBe(true);
    expectSafeLinks(result.value);
  } else {
    expect(result.error.code).toMatch(/^[a-z-]+$/);
    expect(result.error.message.length).toBeGreaterThan(0);
  }
}

const anyText = fc.string({ unit: 'binary', maxLength: 300 });
const hostileUrl = fc.constantFrom(
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'https://ok.example/a',
  'http://ok.example/b',
  'mailto:a@b.c',
  '',
);

// ── Syndication JSON ────────────────────────────────────────────────────────
const payloads = [
  ...ownSyndication(),
  ...sharedSyndication('syndication'),
  ...sharedSyndication('syndication-authored'),
].map((f) => f.payload);
const PATHS = [
  'text',
  'id_str',
  'display_text_range',
  'entities',
  'entities.urls',
  'entities.hashtags',
  'entities.user_mentions',
  'entities.media',
  'user',
  'user.screen_name',
  'user.name',
  'user.profile_image_url_https',
  'user.highlighted_label',
  'mediaDetails',
  'photos',
  'video',
  'card',
  'card.binding_values',
  'quoted_tweet',
  'parent',
  'note_tweet',
  'created_at',
  'lang',
  'favorite_count',
  '__typename',
];
const entity = fc.record(
  {
    indices: fc.array(fc.oneof(fc.integer({ min: -5, max: 400 }), fc.anything()), { maxLength: 3 }),
    text: anyText,
    screen_name: anyText,
    display_url: anyText,
    expanded_url: fc.oneof(hostileUrl, anyText),
    url: fc.oneof(hostileUrl, anyText),
  },
  { requiredKeys: [] },
);
const replacement = fc.oneof(
  fc.anything(),
  anyText,
  hostileUrl,
  fc.array(entity, { maxLength: 4 }),
  fc.record({ urls: fc.array(entity, { maxLength: 3 }), hashtags: fc.array(entity, { maxLength: 3 }) }),
  fc.array(fc.record({ type: fc.constantFrom('photo', 'video', 'animated_gif'), media_url_https: hostileUrl })),
);

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) return;
    node = next as Record<string, unknown>;
  }
  node[keys[keys.length - 1] ?? ''] = value;
}

const mutatedPayload = fc
  .tuple(
    fc.nat({ max: payloads.length - 1 }),
    fc.array(fc.tuple(fc.constantFrom(...PATHS), replacement), { minLength: 1, maxLength: 4 }),
  )
  .map(([index, changes]) => {
    const payload = structuredClone(payloads[index]) as Record<string, unknown>;
    for (const [path, value] of changes) setPath(payload, path, value);
    return payload;
  });

describe('parseSyndicationTweet properties', () => {
  it('handles any value at all', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        counted('parseSyndicationTweet (any value)', (value) => {
          expectResult(parseSyndicationTweet(value));
        }),
      ),
      { numRuns: RUNS },
    );
    expect(runs['parseSyndicationTweet (any value)']).toBe(RUNS);
  });

  it('handles real payloads with fields replaced by junk, and leaves them unchanged', () => {
    fc.assert(
      fc.property(
        mutatedPayload,
        counted('parseSyndicationTweet (mutated payloads)', (payload) => {
          const before = structuredClone(payload);
          const result = parseSyndicationTweet(payload);
          expectResult(result);
          if (result.ok) {
            accepted['parseSyndicationTweet (mutated payloads)'] =
              (accepted['parseSyndicationTweet (mutated payloads)'] ?? 0) + 1;
          }
          expect(payload).toEqual(before);
        }),
      ),
      { numRuns: RUNS },
    );
    expect(runs['parseSyndicationTweet (mutated payloads)']).toBe(RUNS);
    expect(accepted['parseSyndicationTweet (mutated payloads)']).toBeGreaterThan(RUNS / 5);
  });
});

// ── Embed HTML ──────────────────────────────────────────────────────────────
const statusLink = 'https://twitter.com/handle/status/1362831783444717568?ref_src=x';
const htmlPiece = fc.oneof(
  anyText,
  fc.constantFrom(
    '<blockquote class="twitter-tweet">',
    '<blockquote class="twitter-video" data-lang="fa">',
    '</blockquote>',
    '<p lang="en" dir="ltr">',
    '<p lang="x" dir="sideways">',
    '</p>',
    '<br>',
    '&mdash; ',
    ' — ',
    ' - ',
    'Name (@handle) ',
    '(@a)',
    '<a href="https://twitter.com/handle/status/1362831783444717568?ref_src=x">February 19, 2021</a>',
    '<a href="https://twitter.com/hashtag/Tag">#Tag</a>',
    '<a href="https://x.com/someone">@someone</a>',
    '<a href="https://t.co/x">pic.twitter.com/x</a>',
    '<a href="javascript:alert(1)">click</a>',
    '<a href=" data:text/html,x">data</a>',
    '<img src=x onerror="alert(1)">',
    '<script>alert(1)</script>',
    '<style>*{}</style>',
    '<svg><a href="javascript:alert(1)">x</a></svg>',
    '&amp;&lt;&gt;&#39;&quot;&#x1F600;',
    '…',
  ),
);
const htmlish = fc.array(htmlPiece, { maxLength: 25 }).map((pieces) => pieces.join(''));
const handle = fc.stringMatching(/^[A-Za-z0-9_]{1,15}$/);
// A well-formed embed around a hostile body, so most runs get past the checks to the segments.
const embedShaped = fc
  .tuple(fc.array(htmlPiece, { maxLength: 15 }), anyText, handle, fc.oneof(hostileUrl, fc.constant(statusLink)))
  .map(
    ([body, name, author, link]) =>
      `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${body.join('')}</p>&mdash; ${name.replace(/[<>&@()—]/g, '') || 'N'} (@${author}) <a href="${link}">March 1, 2024</a></blockquote>`,
  );

describe('parseTweetEmbed properties', () => {
  it('handles any string and embed-like markup built from hostile pieces', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, htmlish, embedShaped),
        counted('parseTweetEmbed', (html) => {
          const result = parseTweetEmbed(html);
          expectResult(result);
          if (result.ok) accepted.parseTweetEmbed = (accepted.parseTweetEmbed ?? 0) + 1;
        }),
      ),
      { numRuns: RUNS },
    );
    expect(runs.parseTweetEmbed).toBe(RUNS);
    // The link checks only bite on accepted embeds: make sure plenty were.
    expect(accepted.parseTweetEmbed).toBeGreaterThan(RUNS / 5);
  });
});

// ── Copied text ─────────────────────────────────────────────────────────────
const textPiece = fc.oneof(
  anyText,
  fc.constantFrom(
    '\n',
    '\r\n',
    '— ',
    '&mdash; ',
    '- ',
    'Sean ®️ (@tint1281481) February 7, 2025',
    '(@x) ',
    'February 30, 2024',
    '#tag ',
    '＃タグ ',
    '@user ',
    '$TSLA ',
    'https://example.com/path?q=1 ',
    'javascript:alert(1) ',
    'pic.twitter.com/abc ',
    'example.com ',
    '… ',
    '&amp; ',
  ),
);
const textish = fc.array(textPiece, { maxLength: 25 }).map((pieces) => pieces.join(''));
const textShaped = fc
  .tuple(fc.array(textPiece, { maxLength: 15 }), handle)
  .map(([body, author]) => `${body.join('')}\n— Some Name (@${author}) February 7, 2025`);

describe('parseTweetText properties', () => {
  it('handles any string and tweet-like text built from tricky pieces', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, textish, textShaped),
        counted('parseTweetText', (text) => {
          const result = parseTweetText(text);
          expectResult(result);
          if (result.ok) accepted.parseTweetText = (accepted.parseTweetText ?? 0) + 1;
          const signature = matchTweetSignature(text);
          if (signature !== undefined) expect(signature.handle).toMatch(/^[A-Za-z0-9_]+$/);
        }),
      ),
      { numRuns: RUNS },
    );
    expect(runs.parseTweetText).toBe(RUNS);
    expect(accepted.parseTweetText).toBeGreaterThan(RUNS / 5);
  });

  it('segments plain text without losing or adding a character', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, textish),
        counted('textToSegments', (text) => {
          const segments = textToSegments(text);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          expectSafeLinks(segments);
          for (const entity of findTextEntities(text)) expect(entity.end).toBeGreaterThan(entity.start);
        }),
      ),
      { numRuns: RUNS },
    );
    expect(runs.textToSegments).toBe(RUNS);
  });
});

// Each class of issue 9 in each language the text reader is held to, on material written for this project
// (tests/fixtures/real-world-classes.ts): where the signature sits, where a tweet starts, dates, cut posts,
// page furniture, posts known only by their URL, and embed signatures publishers edited.
import { describe, expect, it } from 'vitest';
import { parseArticleHtml } from '../../../src/model/article/html.js';
import { MAX_POSTS } from '../../../src/model/article/limits.js';
import { parseArticleText } from '../../../src/model/article/text.js';
import type { Article, Block, Inline } from '../../../src/model/article/types.js';
import { parseTweetEmbed } from '../../../src/model/tweet/embed.js';
import { parseSignatureDate } from '../../../src/model/tweet/signature-date.js';
import type { Tweet } from '../../../src/model/tweet/types.js';
import {
  DAY,
  languages,
  MEDIA_LINK,
  SIGNATURE_DATES,
  STATUS_URL,
  signature,
} from '../../fixtures/real-world-classes.js';

function parse(
  text: string,
  options?: Parameters<typeof parseArticleText>[1],
): { article: Article; warnings: string[] } {
  const result = parseArticleText(text, options);
  if (!result.ok) throw new Error(result.error.message);
  return { article: result.value, warnings: result.warnings };
}

const types = (blocks: readonly Block[]) => blocks.map((block) => block.type);
const tweets = (blocks: readonly Block[]): Tweet[] => blocks.flatMap((b) => (b.type === 'tweet' ? [b.tweet] : []));
const tweetText = (tweet: Tweet | undefined) => tweet?.body.map((segment) => segment.text).join('') ?? '';
const inlineText = (inlines: readonly Inline[]): string =>
  inlines.map((i) => (i.type === 'text' ? i.text : i.type === 'link' ? inlineText(i.children) : '\n')).join('');

const storedTweet = (text: string): Tweet => ({
  id: '1887860219466527146',
  url: 'https://x.com/harbour_desk/status/1887860219466527146',
  author: { name: 'Harbour Desk', handle: 'harbour_desk', url: 'https://x.com/harbour_desk' },
  body: [{ type: 'text', text }],
  media: [],
  source: 'syndication',
});

describe.each(languages)('copied text in $lang', (language) => {
  const { prose, prose2, tweet, tweet2 } = language;
  const second = `— ${language.name} (@city_news) ${language.date}`;

  describe('signatures on the tweet’s own line', () => {
    it.each([
      ['on a line of its own', `${tweet}\n${signature(language)}`],
      ['glued to the text', `${tweet}${signature(language)}`],
      ['inline after a space', `${tweet} ${signature(language)}`],
      ['with an en dash', `${tweet}\n${signature(language).replace('—', '–')}`],
    ])('%s', (_how, tweetLines) => {
      const { article } = parse(`${prose}\n${tweetLines}\n${prose2}`);
      expect(types(article.blocks)).toEqual(['paragraph', 'tweet', 'paragraph']);
      const [one] = tweets(article.blocks);
      expect(tweetText(one)).toBe(tweet);
      expect(one?.author).toMatchObject({ name: language.name, handle: 'harbour_desk' });
      expect(one?.createdAt?.slice(0, 10)).toBe(DAY);
    });

    it('several tweets flattened onto one line', () => {
      const { article } = parse(`${prose}\n${tweet} ${signature(language)} ${tweet2} ${second}`);
      expect(types(article.blocks)).toEqual(['paragraph', 'tweet', 'tweet']);
      expect(tweets(article.blocks).map(tweetText)).toEqual([tweet, tweet2]);
      expect(tweets(article.blocks).map((t) => t.author.handle)).toEqual(['harbour_desk', 'city_news']);
    });
  });

  describe('where a tweet starts', () => {
    it('a listicle’s numbers stay the article’s', () => {
      const text = [prose, '1.', tweet, signature(language), '2.', tweet2, second].join('\n');
      const { article } = parse(text);
      expect(types(article.blocks)).toEqual(['paragraph', 'paragraph', 'tweet', 'paragraph', 'tweet']);
      expect(tweets(article.blocks).map(tweetText)).toEqual([tweet, tweet2]);
    });

    it('an intro line ending with a colon stays the article’s', () => {
      const { article } = parse([language.intro, tweet, signature(language)].join('\n'));
      expect(types(article.blocks)).toEqual(['paragraph', 'tweet']);
    });

    it('the reporter’s paraphrase above a signature stays a paragraph', () => {
      const { article } = parse([prose, language.paraphrase, signature(language), prose2].join('\n'));
      expect(tweets(article.blocks)).toEqual([]);
      const paragraphs = article.blocks.map((block) => (block.type === 'paragraph' ? inlineText(block.children) : ''));
      expect(paragraphs).toContain(language.paraphrase);
    });

    it('an unsigned tweet ending in its media link ends there, not inside the next tweet', () => {
      const { article } = parse([prose, language.unsigned, tweet, signature(language)].join('\n'));
      expect(types(article.blocks)).toEqual(['paragraph', 'paragraph', 'tweet']);
      const unsigned = article.blocks[1];
      expect(unsigned?.type === 'paragraph' && inlineText(unsigned.children)).toContain(MEDIA_LINK);
      expect(tweetText(tweets(article.blocks)[0])).toBe(tweet);
    });

    it('in a blank-line copy, a flattened tweet does not take the paragraph above it', () => {
      const { article } = parse([prose, language.subheading, `${tweet} ${signature(language)}`, prose2].join('\n\n'));
      expect(tweetText(tweets(article.blocks)[0])).toBe(tweet);
    });
  });

  describe('dates and cut posts', () => {
    it('reads the date X writes in this language', () => {
      expect(parseSignatureDate(language.date)?.slice(0, 10)).toBe(DAY);
    });

    it('keeps a tweet whose date it cannot read, without a date and with a warning', () => {
      const { article, warnings } = parse(
        `${prose}\n${tweet}\n${signature(language, 'harbour_desk', language.unreadableDate)}`,
      );
      const [one] = tweets(article.blocks);
      expect(tweetText(one)).toBe(tweet);
      expect(one?.createdAt).toBeUndefined();
      expect(warnings.join('\n')).toContain(language.unreadableDate);
    });

    it('marks a long post X cut with … as truncated, and not a short one ending in …', () => {
      const long = `${`${tweet} `.repeat(4).trim()}…`;
      const { article } = parse([prose, long, signature(language), `${tweet2}…`, second].join('\n'));
      expect(tweets(article.blocks).map((t) => Boolean(t.truncated))).toEqual([true, false]);
    });
  });

  describe('page furniture', () => {
    const text = [prose, ...language.furniture, language.subheading, prose2].join('\n');

    it('is dropped and listed in the warnings; a subheading stays', () => {
      const { article, warnings } = parse(text);
      expect(article.blocks.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type))).toEqual([
        prose,
        language.subheading,
        prose2,
      ]);
      for (const line of language.furniture) expect(warnings.join('\n')).toContain(line);
    });

    it('is kept with keepFurniture', () => {
      expect(parse(text, { keepFurniture: true }).article.blocks).toHaveLength(7);
    });

    it('is dropped from CMS HTML too', () => {
      const html = [prose, ...language.furniture, prose2].map((line) => `<p>${line}</p>`).join('');
      const parsed = parseArticleHtml(html);
      expect(parsed.ok && parsed.value.blocks.length).toBe(2);
    });
  });

  describe('posts known only by their URL', () => {
    it('a status URL alone on its line is a tweet reference', () => {
      const { article } = parse([prose, STATUS_URL, prose2].join('\n'));
      expect(article.blocks[1]).toMatchObject({
        type: 'tweet',
        tweet: { source: 'reference', id: '1887860219466527146', author: { handle: 'harbour_desk' } },
      });
    });

    it('a WordPress URL-only embed keeps its caption; resolveTweet puts the stored tweet in its place', () => {
      const html =
        `<p>${prose}</p><!-- wp:embed {"url":"${STATUS_URL}"} --><figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter">` +
        `<div class="wp-block-embed__wrapper">\n${STATUS_URL}\n</div><figcaption>${language.caption}</figcaption></figure>`;
      const reference = parseArticleHtml(html);
      const resolved = parseArticleHtml(html, {
        resolveTweet: (id) => (id === '1887860219466527146' ? storedTweet(tweet) : undefined),
      });
      if (!reference.ok || !resolved.ok) throw new Error('not parsed');
      const [, block] = reference.value.blocks;
      expect(block).toMatchObject({
        type: 'tweet',
        tweet: { source: 'reference', url: expect.stringContaining('/status/1887860219466527146') },
      });
      expect(block?.type === 'tweet' && inlineText(block.caption ?? [])).toBe(language.caption);
      const [, full] = resolved.value.blocks;
      expect(full?.type === 'tweet' && [tweetText(full.tweet), inlineText(full.caption ?? [])]).toEqual([
        tweet,
        language.caption,
      ]);
    });
  });

  it('an embed signature with an empty name and a Markdown-escaped handle is read when the status link vouches', () => {
    const embed = (href: string) =>
      `<blockquote class="twitter-tweet"><p lang="${language.lang}">${tweet}</p>&mdash; (@harbour\\_desk) <a href="${href}">${language.date}</a></blockquote>`;
    const parsed = parseTweetEmbed(embed(STATUS_URL));
    expect(parsed.ok && [parsed.value.author.handle, parsed.value.author.name, tweetText(parsed.value)]).toEqual([
      'harbour_desk',
      'harbour_desk',
      tweet,
    ]);
    expect(parseTweetEmbed(embed('https://twitter.com/someone_else/status/1887860219466527146')).ok).toBe(false);
  });
});

describe('signature dates in every language the reader supports', () => {
  it.each(Object.entries(SIGNATURE_DATES))('%s: %s', (_locale, text) => {
    expect(parseSignatureDate(text)?.slice(0, 10)).toBe(DAY);
  });

  it('reads digits of any script, and old widgets’ month-first order in another language', () => {
    expect(parseSignatureDate('𝟕 Feb 𝟐𝟎𝟐𝟓')?.slice(0, 10)).toBe(DAY);
    expect(parseSignatureDate('febrero 7, 2025')?.slice(0, 10)).toBe(DAY);
    expect(parseSignatureDate('20 كانون الأول 2018')?.slice(0, 10)).toBe('2018-12-20');
  });
});

// Long runs of one character: every size reads, and reads the same way. How the time grows with the
// size is measured by `npm run bench:linearity` (wall-clock time may not gate CI).
describe('long runs of one character', () => {
  it.each([
    ['a link followed by full stops', (n: number) => `see http://a.co/${'.'.repeat(n * 20)}b`],
    ['t.co links above a signature', (n: number) => `${' t.co/a'.repeat(n * 4)}!\n— A (@a) May 1, 2024`],
    ['U+2000 above a signature', (n: number) => `${'\u2000'.repeat(n * 100)}\n— A (@a) May 1, 2024`],
    ['handles in parentheses', (n: number) => '— A (@a) '.repeat(n * 5)],
    ['opening quotation marks', (n: number) => `x ${'“'.repeat(n * 50)}\n— A (@a) May 1, 2024`],
    ['hyphens before a handle', (n: number) => `${'- '.repeat(n * 25)}(@a) May 1, 2024`],
    ['signatures on one line', (n: number) => 'ok — A (@a) May 1, 2024 '.repeat(n)],
  ])('%s', (_name, make) => {
    const kinds = (n: number) => {
      const parsed = parseArticleText(make(n));
      expect(parsed.ok).toBe(true);
      return parsed.ok ? [...new Set(parsed.value.blocks.map((block) => block.type))].sort() : [];
    };
    // Up to MAX_POSTS signatures: past it, posts are read as quotes on purpose (tests/hostile/budgets.test.ts).
    expect(kinds(MAX_POSTS)).toEqual(kinds(MAX_POSTS / 4));
  });
});

/**
 * The expectation kinds of ../shared/fixtures/real-world (its README), as
 * checks that return what is wrong (an empty list when the case is right), so
 * one suite can report every problem of a case at once and count cases.
 */
import type { Article, Block, Inline } from '../../src/model/article/types.js';
import type { Tweet } from '../../src/model/tweet/types.js';

export interface TweetExpect {
  find?: string;
  id?: string;
  handle?: string;
  name?: string;
  date?: string;
  lang?: string;
  langNot?: string[];
  dir?: string;
  textStartsWith?: string;
  textIncludes?: string[];
  textExcludes?: string[];
  segments?: [string, string][];
  hrefIncludes?: string[];
  truncated?: boolean;
  lineBreakBetween?: [string, string];
  nameNotIncludes?: string[];
}

export interface BodyExpect {
  sequence?: string[];
  tweets?: TweetExpect[];
  everyTweet?: TweetExpect;
  paragraphsInclude?: string[];
  noTweetIncludes?: string[];
  figures?: { alt?: string; captionIncludes?: string; srcIncludes?: string }[];
  headings?: { level: number; text: string }[];
  lists?: { ordered: boolean; items: number }[];
  quotesInclude?: string[];
  embeds?: { provider: string; urlIncludes?: string }[];
  renderedTextIncludes?: string[];
  renderedTextExcludes?: string[];
  renderedHrefsInclude?: string[];
}

export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) =>
      inline.type === 'text' ? inline.text : inline.type === 'link' ? inlineText(inline.children) : '\n',
    )
    .join('');
}

export const tweetText = (tweet: Tweet): string => tweet.body.map((segment) => segment.text).join('');

/** `paragraph,tweet|embed,paragraph?` against the block types, as a regular expression over `type,` runs. */
export function sequenceMatches(tokens: readonly string[], types: readonly string[]): boolean {
  const pattern = tokens
    .map((token) => {
      const quantifier = /[?*+]$/.test(token) ? token.slice(-1) : '';
      const names = (quantifier ? token.slice(0, -1) : token).split('|').map((name) => name.replace(/[^a-z-]/g, ''));
      return `(?:(?:${names.join('|')}),)${quantifier}`;
    })
    .join('');
  return new RegExp(`^${pattern}$`).test(types.map((type) => `${type},`).join(''));
}

function has(haystack: string, needle: string): boolean {
  return haystack.includes(needle);
}

/** What is wrong with one tweet against one entry (`find` aside). */
export function checkTweet(tweet: Tweet, expected: TweetExpect, label: string): string[] {
  const problems: string[] = [];
  const text = tweetText(tweet);
  const fail = (what: string) => problems.push(`${label}: ${what}`);
  if (expected.id !== undefined && tweet.id !== expected.id) fail(`id ${tweet.id} ≠ ${expected.id}`);
  if (expected.handle !== undefined && tweet.author.handle !== expected.handle)
    fail(`handle @${tweet.author.handle} ≠ @${expected.handle}`);
  if (expected.name !== undefined && tweet.author.name !== expected.name)
    fail(`name “${tweet.author.name}” ≠ “${expected.name}”`);
  if (expected.date !== undefined && tweet.createdAt?.slice(0, 10) !== expected.date)
    fail(`date ${tweet.createdAt} ≠ ${expected.date}`);
  if (expected.lang !== undefined && tweet.lang !== expected.lang) fail(`lang ${tweet.lang} ≠ ${expected.lang}`);
  for (const lang of expected.langNot ?? []) if (tweet.lang === lang) fail(`lang must not be ${lang}`);
  if (expected.dir !== undefined && tweet.dir !== expected.dir) fail(`dir ${tweet.dir} ≠ ${expected.dir}`);
  if (expected.textStartsWith !== undefined && !text.trimStart().startsWith(expected.textStartsWith))
    fail(`text starts “${text.slice(0, 40)}”, not “${expected.textStartsWith}”`);
  for (const piece of expected.textIncludes ?? []) if (!has(text, piece)) fail(`text lacks “${piece}”`);
  for (const piece of expected.textExcludes ?? []) if (has(text, piece)) fail(`text has “${piece}”`);
  for (const [type, segmentText] of expected.segments ?? []) {
    if (!tweet.body.some((segment) => segment.type === type && segment.text === segmentText))
      fail(`no ${type} segment “${segmentText}”`);
  }
  const hrefs = tweet.body.flatMap((segment) => ('href' in segment ? [segment.href] : []));
  for (const piece of expected.hrefIncludes ?? []) {
    if (!hrefs.some((href) => has(href, piece))) fail(`no link to ${piece} (links: ${hrefs.join(' ')})`);
  }
  if (expected.truncated !== undefined && Boolean(tweet.truncated) !== expected.truncated)
    fail(`truncated ${Boolean(tweet.truncated)} ≠ ${expected.truncated}`);
  if (expected.lineBreakBetween !== undefined) {
    const [before, after] = expected.lineBreakBetween;
    const from = text.indexOf(before);
    const to = text.indexOf(after, from);
    if (from < 0 || to < 0 || !text.slice(from + before.length, to).includes('\n'))
      fail(`no line break between “${before}” and “${after}”`);
  }
  for (const piece of expected.nameNotIncludes ?? []) if (has(tweet.author.name, piece)) fail(`name has “${piece}”`);
  return problems;
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.children);
    case 'quote':
    case 'pullquote':
      return block.children.map(inlineText).join('\n');
    case 'list':
      return block.items.map(inlineText).join('\n');
    case 'tweet':
      return tweetText(block.tweet);
    default:
      return '';
  }
}

/** What is wrong with a parsed body (everything but the rendered checks). */
export function checkBody(article: Article, expected: BodyExpect): string[] {
  const problems: string[] = [];
  const { blocks } = article;
  const types = blocks.map((block) => block.type);
  if (expected.sequence && !sequenceMatches(expected.sequence, types)) {
    problems.push(`sequence ${types.join(',')} ≠ ${expected.sequence.join(',')}`);
  }
  const tweets = blocks.flatMap((block) => (block.type === 'tweet' ? [block.tweet] : []));
  (expected.tweets ?? []).forEach((entry, index) => {
    const tweet =
      entry.find === undefined ? tweets[index] : tweets.find((one) => has(tweetText(one), entry.find ?? ''));
    const label = `tweet ${entry.find ? `“${entry.find}”` : index + 1}`;
    if (tweet === undefined) problems.push(`${label}: missing`);
    else problems.push(...checkTweet(tweet, entry, label));
  });
  if (expected.everyTweet) {
    const every = expected.everyTweet;
    tweets.forEach((tweet, index) => {
      problems.push(...checkTweet(tweet, every, `tweet ${index + 1}`));
    });
  }
  const paragraphs = blocks.filter((block) => block.type === 'paragraph').map(blockText);
  for (const piece of expected.paragraphsInclude ?? []) {
    if (!paragraphs.some((text) => has(text, piece))) problems.push(`no paragraph has “${piece}”`);
  }
  for (const piece of expected.noTweetIncludes ?? []) {
    if (tweets.some((tweet) => has(tweetText(tweet), piece))) problems.push(`a tweet has “${piece}”`);
  }
  const figures = blocks.flatMap((block) => (block.type === 'figure' ? [block] : []));
  for (const figure of expected.figures ?? []) {
    const found = figures.some(
      (block) =>
        (figure.alt === undefined || block.alt === figure.alt) &&
        (figure.captionIncludes === undefined || has(inlineText(block.caption ?? []), figure.captionIncludes)) &&
        (figure.srcIncludes === undefined || has(block.src, figure.srcIncludes)),
    );
    if (!found) problems.push(`no figure ${JSON.stringify(figure)}`);
  }
  for (const heading of expected.headings ?? []) {
    const found = blocks.some(
      (block) => block.type === 'heading' && block.level === heading.level && blockText(block) === heading.text,
    );
    if (!found) problems.push(`no h${heading.level} “${heading.text}”`);
  }
  const lists = blocks.flatMap((block) => (block.type === 'list' ? [block] : []));
  (expected.lists ?? []).forEach((list, index) => {
    const block = lists[index];
    if (block?.ordered !== list.ordered || block.items.length !== list.items)
      problems.push(`list ${index + 1}: ${block ? `${block.ordered} ×${block.items.length}` : 'missing'}`);
  });
  const quotes = blocks.filter((block) => block.type === 'quote').map(blockText);
  for (const piece of expected.quotesInclude ?? []) {
    if (!quotes.some((text) => has(text, piece))) problems.push(`no quote has “${piece}”`);
  }
  for (const embed of expected.embeds ?? []) {
    const found = blocks.some(
      (block) =>
        block.type === 'embed' &&
        block.provider === embed.provider &&
        (embed.urlIncludes === undefined || has(block.url, embed.urlIncludes)),
    );
    if (!found) problems.push(`no ${embed.provider} embed ${embed.urlIncludes ?? ''}`);
  }
  return problems;
}

/** The rendered checks, on the body's text and hrefs. */
export function checkRendered(text: string, hrefs: readonly string[], expected: BodyExpect): string[] {
  const problems: string[] = [];
  for (const piece of expected.renderedTextIncludes ?? [])
    if (!has(text, piece)) problems.push(`page lacks “${piece}”`);
  for (const piece of expected.renderedTextExcludes ?? []) if (has(text, piece)) problems.push(`page has “${piece}”`);
  for (const piece of expected.renderedHrefsInclude ?? []) {
    if (!hrefs.some((href) => has(href, piece))) problems.push(`page links nowhere to ${piece}`);
  }
  return problems;
}

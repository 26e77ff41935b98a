/**
 * Text copied off a news page → Article. Each line is a paragraph; the audio player's leftover label becomes an audio
 * block; an embedded tweet that was flattened to its fallback (its lines, then `— Name (@handle) Date`) becomes a tweet
 * block again.
 *
 * Signatures glued to the tweet's text (`…pic.twitter.com/x— Name (@h) Date`), inline after it, or several on one line
 * are split onto lines of their own first, so every copy of a page reads the same. The hard part is where a tweet
 * starts: copied text has no markup, only the signature marks where it ends. See `tweetStart` (text-tweets.ts) for the
 * rules. Page furniture is dropped (see furniture.ts), and a status URL alone on its line is a tweet reference
 * (tweet-references.ts).
 */

import { asDir, cleanLang, type Dir } from '../../i18n/language.js';
import { matchBlueskySignature } from '../bluesky/embed.js';
import { fail, ok, type ParseResult } from '../shared/result.js';
import { safeHttpUrl } from '../shared/url-fast.js';
import { findSignatures } from '../tweet/text.js';
import { textWithinBudget, withinBlockBudget } from './block-budget.js';
import { embedTarget } from './embed-providers.js';
import { furnitureKind } from './furniture.js';
import { cleanText, InlineBuilder } from './inline-builder.js';
import { LINKS_AS_TEXT, MAX_LINKS, MAX_POSTS, POSTS_AS_QUOTES } from './limits.js';
import { mastodonLine, type PostSignature, readSignedPost, textEnd } from './text-social.js';
import { tweetStart } from './text-tweets.js';
import { loneStatusUrl, type ResolveTweet, referenceBlock } from './tweet-references.js';
import type { Article, AudioBlock, Block, Inline } from './types.js';

export interface ArticleTextOptions {
  /** The story's audio file: the "Listen to this article" line becomes a player for it (without it, the reader can use speech synthesis). */
  audio?: string;
  /** A title for that player. */
  audioTitle?: string;
  /** Resolves a relative `audio` URL. */
  baseUrl?: string;
  /** The article's language (BCP 47) and direction. */
  lang?: string;
  dir?: Dir;
  /** Keep page furniture ("Advertisement", "Read more:", photo credits, share leftovers) as paragraphs. */
  keepFurniture?: boolean;
  /** The app's stored tweet for a status id: a status URL alone on its line becomes that tweet instead of a reference. */
  resolveTweet?: ResolveTweet;
}

/** Why copied article text could not be read at all. */
export type ArticleTextErrorCode = 'invalid-input' | 'too-large' | 'invalid-text';

// A page's copied text is tens of kilobytes; a million characters is a long book. At this size the densest text
// (a signed tweet every 20 characters) still parses in about half a second; at 2 M it took over one.
export const MAX_TEXT_LENGTH = 1_000_000;

// What audio players leave behind in copied text: "Listen To Story Above", "Listen to this article",
// "▶ Listen to this story · 4 min".
const AUDIO_LINE =
  /^[\p{P}\p{S}\s]{0,3}listen(?:\s+to)?(?:\s+(?:this|the))?\s+(?:story|article|audio)(?:\s+(?:above|below|here|now))?(?:[\s|·•:–—(-]+\d{1,3}(?::\d{2})?(?:\s*(?:min(?:ute)?s?|m))?\)?)?[\p{P}\s]*$/iu;

function isAudioLine(line: string): boolean {
  return line.length <= 80 && AUDIO_LINE.test(line);
}

/** Copies made with the browser's innerText put a blank line between paragraphs; others don't. */
function isBlankSeparated(lines: readonly string[]): boolean {
  let blank = 0;
  let adjacent = 0;
  let seenText = false;
  let sawBlank = false;
  for (const line of lines) {
    if (line === '') {
      sawBlank = true;
      continue;
    }
    if (seenText) {
      if (sawBlank) blank += 1;
      else adjacent += 1;
    }
    seenText = true;
    sawBlank = false;
  }
  return blank > adjacent;
}

const LINK = /\bhttps?:\/\/[^\s<>"“”‘’«»]+/giu;
const TRAILING_PUNCTUATION = new Set([...`.,;:!?'"’”`]);

/** Links an article may still make (MAX_LINKS in all), and how many it found past that. */
interface LinkBudget {
  left: number;
  over: number;
}

function linkified(text: string, budget: LinkBudget): Inline[] {
  // A link needs "://": prose without one is not searched at all.
  if (!text.includes('://')) return InlineBuilder.line(text);
  const inline = new InlineBuilder();
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    if (budget.left === 0) {
      // Past the budget the search stops: the rest of the line stays plain text.
      budget.over += 1;
      break;
    }
    budget.left -= 1;
    // Sentence punctuation after a URL is the sentence's; a ")" is the URL's only if it opened one.
    let end = match[0].length;
    while (end > 0 && TRAILING_PUNCTUATION.has(match[0][end - 1] ?? '')) end -= 1;
    let raw = match[0].slice(0, end);
    if (raw.endsWith(')') && !raw.includes('(')) {
      // A loop, not /\)+$/: that pattern restarts at every ')' of a long run.
      let close = raw.length;
      while (close > 0 && raw[close - 1] === ')') close -= 1;
      raw = raw.slice(0, close);
    }
    const href = safeHttpUrl(raw);
    const index = match.index ?? 0;
    inline.text(text.slice(at, index));
    inline.text(raw, { href });
    at = index + raw.length;
  }
  inline.text(text.slice(at));
  return inline.take();
}

interface Lines {
  lines: string[];
  /** The signature on each line that is one. */
  signatures: Map<number, PostSignature>;
}

/**
 * The copy's lines, with every signature on a line of its own: the text
 * before a glued or inline signature is the line above it, and the text
 * after one (the next tweet of a flattened run) the line below.
 */
function splitLines(text: string): Lines {
  const raw = text.split('\n');
  const lines: string[] = [];
  const signatures = new Map<number, PostSignature>();
  // Most lines have only single spaces: the test passes over them, where the replace would match every space.
  // A run of any white space is one space (a megabyte of U+2000 was a megabyte every rule scanned); a lone
  // ideographic or other wide space stays, as it is typeset.
  const push = (line: string) =>
    lines.push(
      (/[\t\u00A0]|\s{2}/.test(line) ? line.replace(/\s{2,}/g, ' ').replace(/[\t\u00A0]/g, ' ') : line).trim(),
    );
  for (const line of raw) {
    // Blank lines are most of a hostile run of line breaks: nothing to look for in them.
    if (line === '') {
      lines.push('');
      continue;
    }
    let at = 0;
    for (const found of findSignatures(line)) {
      const before = line.slice(at, found.start);
      if (before.trim() !== '') push(before);
      signatures.set(lines.length, found.signature);
      push(line.slice(found.start, found.end));
      at = found.end;
    }
    if (at === 0) {
      // A Bluesky fallback's signature is only ever a line of its own.
      const bluesky = matchBlueskySignature(line);
      if (bluesky !== undefined) signatures.set(lines.length, bluesky);
      push(line);
    } else if (line.slice(at).trim() !== '') push(line.slice(at));
  }
  return { lines, signatures };
}

function read(text: string, options: ArticleTextOptions): ParseResult<Article, ArticleTextErrorCode> {
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  // One empty line says what more do (a paragraph break): a run is cut to one in a regex pass before the split.
  const clean = cleanText(text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')).replace(/\n{3,}/g, '\n\n');
  const [kept, unread] = textWithinBudget(clean, warn);
  const { lines, signatures } = splitLines(kept);
  const furniture = new Map<number, string>();
  lines.forEach((line, index) => {
    const kind = line === '' || signatures.has(index) ? undefined : furnitureKind(line);
    if (kind !== undefined) furniture.set(index, kind);
  });
  const isBarrier = (index: number) => {
    const line = lines[index] ?? '';
    return signatures.has(index) || furniture.has(index) || isAudioLine(line) || isEmbedLine(line);
  };
  const context = { lines, blankSeparated: isBlankSeparated(lines), isBarrier };

  // Tweets from the top down, so each can only reach back to the previous one's signature.
  const tweetAt = new Map<number, { end: number; signature: PostSignature }>();
  let floor = 0;
  for (const [index, signature] of signatures) {
    tweetAt.set(tweetStart(context, textEnd(lines, index, signature), floor), { end: index, signature });
    floor = index + 1;
  }

  const article: Article = { blocks: [] };
  const lang = cleanLang(options.lang);
  if (lang !== undefined) article.lang = lang;
  const dir = asDir(options.dir);
  if (dir !== undefined) article.dir = dir;
  const blocks: Block[] = article.blocks;
  let hasAudio = false;
  let posts = 0;
  const budget: LinkBudget = { left: MAX_LINKS, over: 0 };

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const tweet = tweetAt.get(index);
    // Blank lines only separate (no tweet starts on one).
    if (line === '' && tweet === undefined) continue;
    const kind = furniture.get(index);
    const mastodon = tweet === undefined ? mastodonLine(lines, index) : undefined;
    if (mastodon !== undefined) {
      posts += 1;
      // Past the budget the line is what it says, a paragraph ("Post by @user@server"); its "View on" line goes with it.
      blocks.push(posts <= MAX_POSTS ? mastodon.block : { type: 'paragraph', children: linkified(line, budget) });
      index = mastodon.end;
    } else if (tweet !== undefined) {
      posts += 1;
      const signed = posts <= MAX_POSTS ? tweet.signature : undefined;
      blocks.push(tweetBlock(lines.slice(index, tweet.end), lines[tweet.end] ?? '', signed, budget, warnings));
      index = tweet.end;
    } else if (kind !== undefined && options.keepFurniture !== true) {
      warnings.push(`dropped page furniture (${kind}): “${line}”`);
    } else if (isAudioLine(line)) {
      if (hasAudio) warnings.push('dropped a second "Listen to…" line: an article has one player');
      else blocks.push(audioBlock(options, warnings));
      hasAudio = true;
    } else {
      const status = loneStatusUrl(line);
      const reference = status === undefined ? undefined : referenceBlock(status, options.resolveTweet, warn);
      const target = reference === undefined && isEmbedLine(line) ? embedTarget(line) : undefined;
      if (reference) blocks.push(reference);
      else if (target) blocks.push({ type: 'embed', ...target });
      else blocks.push({ type: 'paragraph', children: linkified(line, budget) });
    }
  }
  const over = posts - MAX_POSTS;
  // One line with a count, as the HTML reader says it.
  if (over > 0) warnings.push(over > 1 ? `${POSTS_AS_QUOTES} (×${over})` : POSTS_AS_QUOTES);
  if (budget.over > 0) warnings.push(`${LINKS_AS_TEXT} (in ${budget.over} ${budget.over > 1 ? 'lines' : 'line'})`);
  article.blocks = withinBlockBudget(blocks, warn, unread);
  return ok(article, warnings);
}

function isEmbedLine(line: string): boolean {
  return /^\S+$/.test(line) && embedTarget(line) !== undefined;
}

function tweetBlock(
  textLines: readonly string[],
  signatureLine: string,
  signature: PostSignature | undefined,
  budget: LinkBudget,
  warnings: string[],
): Block {
  const own = [...textLines];
  while (own.at(-1) === '') own.pop();
  // Without a signature (past MAX_POSTS) the post is not read: it stays the quote it also is.
  const parsed = signature ? readSignedPost(own, signature) : undefined;
  if (parsed?.ok) {
    for (const warning of parsed.warnings) warnings.push(`tweet: ${warning}`);
    return { type: 'tweet', tweet: parsed.value };
  }
  const children = own.filter((line) => line !== '').map((line) => linkified(line, budget));
  if (children.length === 0) {
    if (parsed) warnings.push(`kept a tweet signature with no text above it as a paragraph (${parsed.error.code})`);
    return { type: 'paragraph', children: linkified(signatureLine, budget) };
  }
  // Still the words of a post and who wrote it: keep them as a quote.
  if (parsed) warnings.push(`kept a tweet that could not be read as a quote (${parsed.error.code})`);
  const attribution = signatureLine.replace(/^[\s—–―-]+/u, '').trim();
  return { type: 'quote', children, ...(attribution ? { attribution } : {}) };
}

function audioBlock(options: ArticleTextOptions, warnings: string[]): Block {
  const block: AudioBlock = { type: 'audio' };
  if (options.audio !== undefined) {
    const src = safeHttpUrl(options.audio, safeHttpUrl(options.baseUrl));
    if (src !== undefined) block.src = src;
    else warnings.push('ignored options.audio: not an http(s) URL');
  }
  const title = typeof options.audioTitle === 'string' ? cleanText(options.audioTitle).trim() : '';
  if (title !== '') block.title = title;
  return block;
}

export function parseArticleText(
  text: string,
  options?: ArticleTextOptions,
): ParseResult<Article, ArticleTextErrorCode> {
  try {
    if (typeof text !== 'string') return fail('invalid-input', 'parseArticleText expects the copied text as a string.');
    if (text.length > MAX_TEXT_LENGTH) {
      return fail('too-large', `The text is ${text.length} characters; an article is far shorter.`);
    }
    return read(text, options ?? {});
  } catch (error) {
    // A backstop: nothing above should throw, but a parser must never.
    return fail('invalid-text', `The text could not be read: ${String(error)}`);
  }
}

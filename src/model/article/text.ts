/**
 * Text copied off a news page → Article. Each line is a paragraph; the audio
 * player's leftover label becomes an audio block; an embedded tweet that was
 * flattened to its fallback (its lines, then `— Name (@handle) Date`) becomes a
 * tweet block again.
 *
 * The hard part is where a tweet starts: copied text has no markup, only the
 * signature line marks where it ends. See `tweetStart` for the rules.
 */

import { asDir, cleanLang, type Dir } from '../../i18n/language.js';
import { fail, ok, type ParseResult } from '../shared/result.js';
import { safeHttpUrl } from '../shared/url.js';
import { MAX_TWEET_WEIGHT, tweetWeight } from '../tweet/length.js';
import { embedTarget } from './embed-providers.js';
import { cleanText, InlineBuilder } from './inline-builder.js';
import { mastodonLine, matchPostSignature, type PostSignature, readSignedPost } from './text-social.js';
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
}

/** Why copied article text could not be read at all. */
export type ArticleTextErrorCode = 'invalid-input' | 'too-large' | 'invalid-text';

const MAX_TEXT_LENGTH = 2_000_000;

// What audio players leave behind in copied text: "Listen To Story Above",
// "Listen to this article", "▶ Listen to this story · 4 min".
const AUDIO_LINE =
  /^[\p{P}\p{S}\s]{0,3}listen(?:\s+to)?(?:\s+(?:this|the))?\s+(?:story|article|audio)(?:\s+(?:above|below|here|now))?(?:[\s|·•:–—(-]+\d{1,3}(?::\d{2})?(?:\s*(?:min(?:ute)?s?|m))?\)?)?[\p{P}\s]*$/iu;

// The end of a tweet's fallback when X cut a long ("note") tweet: "…" then its links.
const TRUNCATED = /…(?:\s+(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/\w+)*\s*$/u;
// Links at the end of a fallback point at media or the tweet itself; X doesn't count them.
const TRAILING_LINKS = /(?:\s*(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/\w+)+\s*$/u;

// A line that introduces what follows ("He wrote on X:") belongs to the article.
const INTRODUCES = /[:：]\s*$/u;
// Things tweets have and news paragraphs rarely do.
const TWEET_MARKERS =
  /(?:^|[^\p{L}\p{N}_&])[#＃@＠][\p{L}\p{N}_]|https?:\/\/|pic\.twitter\.com|\p{Extended_Pictographic}/u;
const SENTENCE_END = /[.!?。！？؟۔।]["'”’»)\]]*$/u;
// A reporter's sentence about a post ("…, she wrote on X on Friday.").
const REPORTING =
  /\b(?:tweet(?:s|ed)?|post(?:s|ed)?|wrote|writes|writing|repl(?:y|ied|ies)|responded|shared|said|says|saying|added|announced|according to|on X|on Twitter)\b/i;
// News paragraphs are long; a sentence this long without tweet markers is the article's.
const PROSE_WEIGHT = 120;
// Reporters write in the third person and quote the first; posters write in the first.
const QUOTED = /“[^”]*(?:”|$)|"[^"]*(?:"|$)|«[^»]*(?:»|$)|„[^“”]*(?:[“”]|$)/gu;
// Case matters: "US" is a country.
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|us|[Oo]urs?)\b/u;

const LINK = /\bhttps?:\/\/[^\s<>"“”‘’«»]+/giu;

function isAudioLine(line: string): boolean {
  return line.length <= 80 && AUDIO_LINE.test(line);
}

function isSignature(line: string): boolean {
  return matchPostSignature(line) !== undefined;
}

function looksLikeArticle(line: string): boolean {
  if (TWEET_MARKERS.test(line) || !SENTENCE_END.test(line)) return false;
  if (FIRST_PERSON.test(line.replace(QUOTED, ' '))) return false;
  return tweetWeight(line) >= PROSE_WEIGHT || REPORTING.test(line);
}

/** The weight X would give the tweet's text: without the links it appends, nor the "…" it adds when cutting. */
function textWeight(text: string): number {
  return tweetWeight(text.replace(TRAILING_LINKS, '').replace(/…\s*$/u, ''));
}

/**
 * Where the tweet whose signature is on line `signature` starts. Its last line
 * (right above the signature) is always the tweet's. Going up, a line is the
 * tweet's too unless:
 * - it is another tweet's signature or the audio label, or it introduces the
 *   embed (ends with a colon) — those are the article's, and so is all above;
 * - the tweet would outgrow X's 280 weighted characters with it;
 * - it reads like a news paragraph (a full sentence, long or about a post, in
 *   the third person outside quotation marks, with no hashtag, mention, link or
 *   emoji) and nothing says it is the tweet's: the two things that do are a cut
 *   note tweet (its fallback fills the length limit, so what still fits is its
 *   own) and, when the copy separates paragraphs with blank lines, no blank
 *   line between it and the tweet (one `<p>` with `<br>`s).
 * What it cannot tell apart: a short article line without a full stop (a
 * subheading) right above a short tweet joins the tweet — end it with a colon
 * or leave a blank line in a blank-line-separated copy.
 */
function tweetStart(lines: readonly string[], signature: number, floor: number, blankSeparated: boolean): number {
  let last = signature - 1;
  while (last >= floor && lines[last] === '') last -= 1;
  const lastLine = lines[last];
  if (last < floor || lastLine === undefined || isSignature(lastLine) || isAudioLine(lastLine)) return signature;
  const truncated = TRUNCATED.test(lastLine);
  let start = last;
  let weight = textWeight(lastLine);
  let gap = false;
  for (let index = last - 1; index >= floor; index -= 1) {
    const line = lines[index] ?? '';
    if (line === '') {
      gap = true;
      continue;
    }
    if (isSignature(line) || isAudioLine(line) || INTRODUCES.test(line)) break;
    // Each line break, blank lines included, is a character of the tweet.
    const next = weight + (start - index) + tweetWeight(line);
    if (next > MAX_TWEET_WEIGHT) break;
    const sameParagraph = blankSeparated && !gap;
    if (!sameParagraph && !truncated && looksLikeArticle(line)) break;
    start = index;
    weight = next;
    gap = false;
  }
  return start;
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

function linkified(text: string): Inline[] {
  const inline = new InlineBuilder();
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    let raw = match[0];
    // Sentence punctuation after a URL is the sentence's; a ")" is the URL's only if it opened one.
    raw = raw.replace(/[.,;:!?'"’”]+$/u, '');
    if (raw.endsWith(')') && !raw.includes('(')) raw = raw.replace(/\)+$/, '');
    const href = safeHttpUrl(raw);
    const index = match.index ?? 0;
    inline.text(text.slice(at, index));
    inline.text(raw, { href });
    at = index + raw.length;
  }
  inline.text(text.slice(at));
  return inline.take();
}

function splitLines(text: string): string[] {
  return cleanText(text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n'))
    .split('\n')
    .map((line) => line.replace(/[\t\u00A0 ]+/g, ' ').trim());
}

function read(text: string, options: ArticleTextOptions): ParseResult<Article, ArticleTextErrorCode> {
  const warnings: string[] = [];
  const lines = splitLines(text);
  const blankSeparated = isBlankSeparated(lines);

  // Tweets from the top down, so each can only reach back to the previous one's signature.
  const tweetAt = new Map<number, { end: number; signature: PostSignature }>();
  let floor = 0;
  lines.forEach((line, index) => {
    const signature = matchPostSignature(line);
    if (signature === undefined) return;
    tweetAt.set(tweetStart(lines, index, floor, blankSeparated), { end: index, signature });
    floor = index + 1;
  });

  const article: Article = { blocks: [] };
  const lang = cleanLang(options.lang);
  if (lang !== undefined) article.lang = lang;
  const dir = asDir(options.dir);
  if (dir !== undefined) article.dir = dir;
  const blocks: Block[] = article.blocks;
  let hasAudio = false;

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const tweet = tweetAt.get(index);
    const mastodon = tweet === undefined ? mastodonLine(lines, index) : undefined;
    if (mastodon !== undefined) {
      blocks.push(mastodon.block);
      index = mastodon.end;
    } else if (tweet !== undefined) {
      blocks.push(tweetBlock(lines.slice(index, tweet.end), lines[tweet.end] ?? '', tweet.signature, warnings));
      index = tweet.end;
    } else if (line === '') {
      // Blank lines only separate.
    } else if (isAudioLine(line)) {
      if (hasAudio) warnings.push('dropped a second "Listen to…" line: an article has one player');
      else blocks.push(audioBlock(options, warnings));
      hasAudio = true;
    } else {
      const target = /^\S+$/.test(line) ? embedTarget(line) : undefined;
      if (target) blocks.push({ type: 'embed', ...target });
      else blocks.push({ type: 'paragraph', children: linkified(line) });
    }
  }
  return ok(article, warnings);
}

function tweetBlock(
  textLines: readonly string[],
  signatureLine: string,
  signature: PostSignature,
  warnings: string[],
): Block {
  const own = [...textLines];
  while (own.at(-1) === '') own.pop();
  const parsed = readSignedPost(own, signature);
  if (parsed.ok) {
    for (const warning of parsed.warnings) warnings.push(`tweet: ${warning}`);
    return { type: 'tweet', tweet: parsed.value };
  }
  const children = own.filter((line) => line !== '').map(linkified);
  if (children.length === 0) {
    warnings.push(`kept a tweet signature with no text above it as a paragraph (${parsed.error.code})`);
    return { type: 'paragraph', children: linkified(signatureLine) };
  }
  // Still the words of a post and who wrote it: keep them as a quote.
  warnings.push(`kept a tweet that could not be read as a quote (${parsed.error.code})`);
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

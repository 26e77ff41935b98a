/**
 * A tweet copied off a page as plain text: its lines, then the embed
 * fallback's signature `— Name (@handle) Month D, YYYY`. Entities are found
 * in the text itself (there is no entity data), and nothing is trusted.
 */
import { decodeHTMLStrict } from 'entities';
import { fail, ok, type ParseResult } from '../shared/result.js';
import { tweetWeight } from './length.js';
import { profileUrl } from './links.js';
import { endsTruncated } from './segments.js';
import { looksLikeDate, readLeadingDate } from './signature-date.js';
import { textToSegments } from './text-entities.js';
import type { Tweet } from './types.js';

/** Why copied text is not a tweet. */
export type TweetTextErrorCode = 'empty' | 'too-large' | 'no-signature' | 'invalid-text';

// Copied text is one tweet, a few kilobytes at most; refuse whole pages.
export const MAX_TEXT_LENGTH = 100_000;

export interface TweetSignature {
  name: string;
  /** Without the `@`. */
  handle: string;
  /** ISO 8601 UTC (midnight of the printed day), when the line has a date. */
  date?: string;
  /** The date as printed, e.g. `February 7, 2025`. */
  dateText?: string;
}

// The dashes X prints before the author (an em dash, its HTML forms) and the en dash and bars CMSs put instead.
const DASHES = ['—', '―', '–', '&mdash;', '&#8212;', '&#x2014;', '&ndash;', '&#8211;'] as const;
// `(@handle)`, with the full-width ＠ some names use; a few spaces at most, so a scan stays linear. Global: its
// lastIndex is findSignatures' cursor, restarted per line (it never calls itself).
const HANDLE_PAREN = /\([\s\u00a0]{0,3}[@＠]([A-Za-z0-9_]{1,50})[\s\u00a0]{0,3}\)/gu;
// X allows 50 characters in a display name; emoji, flags and combining marks take several code units each.
const NAME_WINDOW = 160;
const MAX_NAME_CODE_POINTS = 60;

/** A signature found inside a line: where it starts (its dash) and ends (after its date). */
export interface SignatureMatch {
  start: number;
  end: number;
  signature: TweetSignature;
}

// Every dash above starts with one of these (the HTML forms with `&`), and so does a typed hyphen.
const MAY_HOLD_DASH = /[—―–&-]/;

const MARKS = new RegExp(MAY_HOLD_DASH.source, 'g');

/** Where the first character a dash may start with sits in `line` at or after `from`; Infinity when none does. */
function markFrom(line: string, from: number): number {
  MARKS.lastIndex = from;
  return MARKS.exec(line)?.index ?? Number.POSITIVE_INFINITY;
}

/** Where the dash that opens a signature sits in `window` (the text before `(@handle)`), and its length. */
function lastDash(window: string): { at: number; length: number } | undefined {
  // Most windows hold no dash at all (a run of `(@a)`): one native scan says so before eight searches do.
  if (!MAY_HOLD_DASH.test(window)) return undefined;
  let best: { at: number; length: number } | undefined;
  for (const dash of DASHES) {
    const at = window.lastIndexOf(dash);
    if (at >= 0 && (best === undefined || at > best.at)) best = { at, length: dash.length };
  }
  // Hyphens people type instead: `- Name` or `-- Name` at the start of the line or after a space, never inside a word.
  for (let at = window.lastIndexOf('-'); at > (best?.at ?? -1); at = at > 0 ? window.lastIndexOf('-', at - 1) : -1) {
    if (!/\s/u.test(window[at + 1] ?? '')) continue;
    const from = window[at - 1] === '-' ? at - 1 : at;
    if (from === 0 || /\s/u.test(window[from - 1] ?? '')) return { at: from, length: at + 1 - from };
  }
  return best;
}

/**
 * Every author signature inside `line`, in order: at the start of the line
 * (`— Name (@handle) Date`), after the tweet's text (`…pic.twitter.com/x— Name
 * (@handle) Date`, ` — Name…`), or several on one line when a feed flattened
 * a run of tweets. A signature's date ends it; without a date it must end the
 * line. A date we cannot read is kept as `dateText` without `date`.
 */
export function findSignatures(line: string): SignatureMatch[] {
  const found: SignatureMatch[] = [];
  if (typeof line !== 'string') return found;
  // Where the line's text ends, once: each signature asks whether anything follows it.
  const textEnd = line.trimEnd().length;
  let floor = 0;
  // Dash marks, visited once from left to right: the last one before the handle, and the next one after it. A run
  // of `(@a)` without a dash (a copied list of handles) jumps to the next mark instead of reading every handle.
  let lastMark = -1;
  // Looked for at the first handle: a line without one (most of them) is not scanned for marks at all.
  let nextMark = -1;
  HANDLE_PAREN.lastIndex = 0;
  for (let match = HANDLE_PAREN.exec(line); match !== null; match = HANDLE_PAREN.exec(line)) {
    const at = match.index;
    if (at < floor) continue;
    if (nextMark === -1) nextMark = markFrom(line, 0);
    while (nextMark < at) {
      lastMark = nextMark;
      nextMark = markFrom(line, nextMark + 1);
    }
    const windowStart = Math.max(floor, at - NAME_WINDOW);
    if (lastMark < windowStart) {
      // No handle before the next mark has a dash in its window.
      if (nextMark === Number.POSITIVE_INFINITY) break;
      HANDLE_PAREN.lastIndex = Math.max(HANDLE_PAREN.lastIndex, nextMark);
      continue;
    }
    const dash = lastDash(line.slice(windowStart, at));
    if (dash === undefined) continue;
    const name = decodeHTMLStrict(line.slice(windowStart + dash.at + dash.length, at)).trim();
    if (name === '' || [...name].length > MAX_NAME_CODE_POINTS) continue;
    const after = at + match[0].length;
    const tail = readTail(line.slice(after, Math.min(textEnd, after + MAX_TAIL)), after >= textEnd, textEnd - after);
    if (tail === undefined) continue;
    const signature: TweetSignature = { name, handle: match[1] ?? '' };
    if (tail.date !== undefined) signature.date = tail.date;
    if (tail.dateText !== undefined) signature.dateText = tail.dateText;
    const end = tail.end === undefined ? line.length : after + tail.end;
    found.push({ start: windowStart + dash.at, end, signature });
    floor = end;
  }
  return found;
}

// A date is short: the tail read after `(@handle)` never needs more.
const MAX_TAIL = 80;

/**
 * What follows `(@handle)` (`head`: at most MAX_TAIL characters of it; `left`: how many the line still has):
 * nothing, a date (then anything), or a date-like rest of the line we cannot read. `end` undefined is the line's end.
 */
function readTail(
  head: string,
  blank: boolean,
  left: number,
): { end?: number; date?: string; dateText?: string } | undefined {
  if (blank) return {};
  const leading = readLeadingDate(head);
  if (leading !== undefined) {
    return { end: leading.end, date: leading.iso, dateText: head.slice(0, leading.end).trim() };
  }
  const trimmed = head.trim();
  return left <= MAX_TAIL && looksLikeDate(trimmed) ? { dateText: trimmed } : undefined;
}

/**
 * Recognise one line as a tweet's author signature (`— Name (@handle) Month D, YYYY`,
 * with `—`, `–`, `-` or `&mdash;`, the date in any language X writes it); undefined for any other line.
 */
export function matchTweetSignature(line: string): TweetSignature | undefined {
  if (typeof line !== 'string' || line.length > 300) return undefined;
  const [only, ...more] = findSignatures(line);
  if (only === undefined || more.length > 0 || line.slice(0, only.start).trim() !== '') return undefined;
  return line.slice(only.end).trim() === '' ? only.signature : undefined;
}

export function parseTweetText(text: string): ParseResult<Tweet, TweetTextErrorCode> {
  try {
    if (typeof text !== 'string' || text.trim() === '') {
      return fail('empty', 'The tweet text is empty; pass its lines followed by `— Name (@handle) Month D, YYYY`.');
    }
    if (text.length > MAX_TEXT_LENGTH) {
      return fail('too-large', `The text is ${text.length} characters; pass one tweet, not a whole page.`);
    }
    return readTweetLines(text.replace(/\r\n?/g, '\n').split('\n'));
  } catch (error) {
    return fail('invalid-text', `The tweet text could not be read: ${String(error)}`);
  }
}

/** A copied tweet already split into lines: the last signature line ends it. */
export function readTweetLines(lines: readonly string[]): ParseResult<Tweet, TweetTextErrorCode> {
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const signature = matchTweetSignature(lines[index] ?? '');
    if (signature === undefined) continue;
    const result = readSignedTweet(lines.slice(0, index), signature);
    if (result.ok && lines.slice(index + 1).some((line) => line.trim() !== '')) {
      result.warnings.push('Lines after the author signature are not part of the tweet and were ignored.');
    }
    return result;
  }
  return fail(
    'no-signature',
    'No author line like `— Name (@handle) February 7, 2025` was found; copied tweets end with one.',
  );
}

// X cuts a long post's fallback near its 280-weight limit and ends it with `…`;
// a short post ending in `…` is the author's own ellipsis.
const CUT_WEIGHT = 200;

function endsCut(body: string): boolean {
  return body.endsWith('…') && tweetWeight(body, CUT_WEIGHT) >= CUT_WEIGHT;
}

/** The lines above a signature line that `matchTweetSignature` already read. */
export function readSignedTweet(
  lines: readonly string[],
  signature: TweetSignature,
): ParseResult<Tweet, TweetTextErrorCode> {
  let body = lines.join('\n').trim();
  // Text copied from HTML source keeps its escapes; only well-formed ones are decoded.
  if (body.includes('&')) body = decodeHTMLStrict(body);
  if (body === '') {
    return fail('empty', `The signature of @${signature.handle} has no tweet text before it.`);
  }
  const segments = textToSegments(body);
  const tweet: Tweet = {
    author: { name: signature.name, handle: signature.handle, url: profileUrl(signature.handle) },
    body: segments,
    media: [],
    dir: 'auto',
    source: 'text',
  };
  const warnings: string[] = [];
  if (signature.date !== undefined) tweet.createdAt = signature.date;
  else if (signature.dateText !== undefined) {
    warnings.push(`The date “${signature.dateText}” of @${signature.handle}'s post could not be read; it has no date.`);
  }
  if (endsTruncated(segments) || endsCut(body)) tweet.truncated = true;
  return ok(tweet, warnings);
}

/**
 * A tweet copied off a page as plain text: its lines, then the embed
 * fallback's signature `— Name (@handle) Month D, YYYY`. Entities are found
 * in the text itself (there is no entity data), and nothing is trusted.
 */
import { decodeHTMLStrict } from 'entities';
import { fail, ok, type ParseResult } from '../shared/result.js';
import { profileUrl } from './links.js';
import { endsTruncated } from './segments.js';
import { parseSignatureDate } from './signature-date.js';
import { textToSegments } from './text-entities.js';
import type { Tweet } from './types.js';

/** Why copied text is not a tweet. */
export type TweetTextErrorCode = 'empty' | 'too-large' | 'no-signature' | 'invalid-text';

// Copied text is one tweet, a few kilobytes at most; refuse whole pages.
const MAX_TEXT_LENGTH = 100_000;

export interface TweetSignature {
  name: string;
  /** Without the `@`. */
  handle: string;
  /** ISO 8601 UTC (midnight of the printed day), when the line has a date. */
  date?: string;
  /** The date as printed, e.g. `February 7, 2025`. */
  dateText?: string;
}

// An em dash as X prints it, its HTML forms, an en dash, or the hyphens people type instead.
const SIGNATURE =
  /^[\s\u00a0]*(?:—|―|–|&mdash;|&#8212;|&#x2014;|&ndash;|&#8211;|-{1,2})[\s\u00a0]*(\S.{0,99}?)[\s\u00a0]*\([\s\u00a0]*[@＠]([A-Za-z0-9_]{1,50})[\s\u00a0]*\)[\s\u00a0]*(.{0,60}?)[\s\u00a0]*$/u;

/**
 * Recognise one line as a tweet's author signature (`— Name (@handle) Month D, YYYY`,
 * with `—`, `–`, `-` or `&mdash;`); undefined for any other line.
 */
export function matchTweetSignature(line: string): TweetSignature | undefined {
  if (typeof line !== 'string' || line.length > 300) return undefined;
  const match = SIGNATURE.exec(line);
  if (match === null) return undefined;
  const [, rawName = '', handle = '', dateText = ''] = match;
  const name = decodeHTMLStrict(rawName).trim();
  if (name === '') return undefined;
  if (dateText === '') return { name, handle };
  const date = parseSignatureDate(dateText);
  // Anything after the handle other than a date means this is a sentence, not a signature.
  return date === undefined ? undefined : { name, handle, date, dateText };
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
  if (signature.date !== undefined) tweet.createdAt = signature.date;
  if (endsTruncated(segments)) tweet.truncated = true;
  return ok(tweet);
}

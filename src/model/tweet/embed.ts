/**
 * Stored embed HTML (`<blockquote class="twitter-tweet">…</blockquote>`, as
 * X's embed code, oEmbed and CMSs leave it) → Tweet, without X's script.
 *
 * The markup is read with a real parser and only text and hrefs come out:
 * links become segments by what they point to, everything else is text.
 * `readTweetEmbedElement` reads an element another parser already has (the
 * article reader); `parseTweetEmbed` and `readTweetEmbed` take the HTML.
 */
import { cleanLang, contentDir } from '../../i18n/language.js';
import { type ChildNode, classes, descendants, dirOf, type Element, langOf, parseHtml } from '../shared/html.js';
import { fail, ok, type ParseError, type ParseResult } from '../shared/result.js';
import { type EmbedFallback, readEmbedFallback } from './embed-fallback.js';
import { flatten, type Item, itemText, toSegments } from './embed-items.js';
import { findSignature } from './embed-signature.js';
import { parseStatusUrl, profileUrl, statusUrl } from './links.js';
import { endsTruncated } from './segments.js';
import { parseSignatureDate } from './signature-date.js';
import { snowflakeToIso } from './snowflake.js';
import type { Tweet } from './types.js';

/** Why embed markup is not a tweet. */
export type TweetEmbedErrorCode = 'empty' | 'too-large' | 'not-an-embed' | 'cut-off' | 'invalid-embed';

/** What `readTweetEmbed` found: the tweet, or what the markup still tells the reader. */
export type TweetEmbedRead =
  | { kind: 'tweet'; tweet: Tweet; warnings: string[] }
  | ({ kind: 'fallback'; error: ParseError<TweetEmbedErrorCode> } & EmbedFallback);

// Beyond this the input is not one embed but a page; refuse rather than spend seconds on it.
const MAX_HTML_LENGTH = 100_000;

/** X's embed code: `<blockquote class="twitter-tweet">` (or `twitter-video` for a video post). */
export function isTweetEmbed(element: Element): boolean {
  if (element.name !== 'blockquote') return false;
  const names = classes(element);
  return names.includes('twitter-tweet') || names.includes('twitter-video');
}

/** The tweet embeds in `nodes`, outermost only. */
export function findTweetEmbeds(nodes: readonly ChildNode[]): Element[] {
  return descendants(nodes, isTweetEmbed).filter(isTweetEmbed);
}

export function parseTweetEmbed(html: string): ParseResult<Tweet, TweetEmbedErrorCode> {
  try {
    return checkHtml(html) ?? readNodes(parseHtml(html).children);
  } catch (error) {
    return fail('invalid-embed', `The embed HTML could not be read: ${String(error)}`);
  }
}

/**
 * The one call a page needs for stored embed HTML: the tweet, or (for markup
 * that isn't a readable tweet) its text, language and status link, read from
 * the same parse. Plain data, so a server can hand it to `<TweetEmbed embed>`.
 */
export function readTweetEmbed(html: string): TweetEmbedRead {
  try {
    const refused = checkHtml(html);
    if (refused !== undefined) return { kind: 'fallback', error: refused.error, text: '' };
    const nodes = parseHtml(html).children;
    const parsed = readNodes(nodes);
    if (parsed.ok) return { kind: 'tweet', tweet: parsed.value, warnings: parsed.warnings };
    return { kind: 'fallback', error: parsed.error, ...readEmbedFallback(nodes) };
  } catch (error) {
    return {
      kind: 'fallback',
      error: { code: 'invalid-embed', message: `The embed HTML could not be read: ${String(error)}` },
      text: '',
    };
  }
}

function checkHtml(html: string): { ok: false; error: ParseError<TweetEmbedErrorCode> } | undefined {
  if (typeof html !== 'string' || html.trim() === '') {
    return fail('empty', 'The embed HTML is empty; pass the stored `<blockquote class="twitter-tweet">` markup.');
  }
  if (html.length > MAX_HTML_LENGTH) {
    return fail(
      'too-large',
      `The embed HTML is ${html.length} characters; one tweet embed is a few kilobytes (the limit is ${MAX_HTML_LENGTH}).`,
    );
  }
  return undefined;
}

function readNodes(nodes: readonly ChildNode[]): ParseResult<Tweet, TweetEmbedErrorCode> {
  const quotes = findTweetEmbeds(nodes);
  const quote = quotes[0];
  if (quote === undefined) {
    return fail(
      'not-an-embed',
      'No `<blockquote class="twitter-tweet">` (or `twitter-video`) found; this HTML is not a tweet embed.',
    );
  }
  const result = readTweetEmbedElement(quote);
  if (result.ok && quotes.length > 1) {
    result.warnings.unshift(`Found ${quotes.length} tweet embeds; only the first was read.`);
  }
  return result;
}

/** One `<blockquote class="twitter-tweet">` element, as parsed by `shared/html`. */
export function readTweetEmbedElement(quote: Element): ParseResult<Tweet, TweetEmbedErrorCode> {
  const warnings: string[] = [];
  const items: Item[] = [];
  flatten(quote.children, items);
  const signature = findSignature(items);
  if (signature === undefined) {
    const hasText = items.some((item) => item.kind !== 'block' && item.kind !== 'break' && itemText(item).trim());
    return hasText
      ? fail(
          'cut-off',
          'The embed has no author signature (`— Name (@handle) <a href="…/status/ID">Date</a>`); it looks cut off.',
        )
      : fail('empty', 'The tweet embed has no text and no author signature.');
  }

  const body = toSegments(items.slice(0, signature.itemIndex), signature.bodyTail);
  const tweet: Tweet = {
    author: { name: signature.name, handle: signature.handle, url: profileUrl(signature.handle) },
    body,
    media: [],
    source: 'embed',
  };
  const status = parseStatusUrl(signature.link.href);
  if (status !== undefined) {
    tweet.id = status.id;
    tweet.url = statusUrl(signature.handle, status.id);
    if (status.handle !== undefined && status.handle.toLowerCase() !== signature.handle.toLowerCase()) {
      warnings.push(`The status link names @${status.handle} but the signature says @${signature.handle}.`);
    }
  } else {
    warnings.push('The signature link is not a status link on X; the tweet has no id.');
  }
  const createdAt =
    (tweet.id !== undefined ? snowflakeToIso(tweet.id) : undefined) ?? parseSignatureDate(signature.link.text);
  if (createdAt !== undefined) tweet.createdAt = createdAt;

  const paragraph = descendants(quote.children).find(
    (element) => element.name === 'p' && element.attribs.lang !== undefined,
  );
  const lang = langOf(paragraph) ?? cleanLang(quote.attribs['data-lang']);
  if (lang !== undefined) tweet.lang = lang;
  tweet.dir = dirOf(paragraph) ?? contentDir(lang);
  if (endsTruncated(body)) tweet.truncated = true;
  return ok(tweet, warnings);
}

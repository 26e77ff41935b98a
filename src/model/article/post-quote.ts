/**
 * A post as the quote it also is, for articles past their post budget
 * (MAX_POSTS): the text with its links, the author's line as attribution
 * and the post's address as the quote's source. What the parsers do with
 * embeds past the budget, for posts that reach a body already built (stored
 * blocks from a database).
 */
import { LINE_BREAK } from '../shared/text.js';
import { postHandle } from '../tweet/links.js';
import type { Tweet } from '../tweet/types.js';
import type { Inline, QuoteBlock } from './types.js';

function lines(tweet: Tweet): Inline[][] {
  // A post behind a warning keeps the warning's words, never the words it hides.
  const warning: unknown = tweet.contentWarning;
  if (warning !== undefined) {
    const text = typeof warning === 'object' && warning !== null ? (warning as { text?: unknown }).text : undefined;
    return typeof text === 'string' && text.trim() !== '' ? [[{ type: 'text', text }]] : [];
  }
  const out: Inline[][] = [[]];
  for (const segment of Array.isArray(tweet.body) ? tweet.body : []) {
    if (typeof segment?.text !== 'string') continue;
    if (segment.type !== 'text') {
      const href = typeof segment.href === 'string' ? segment.href : '';
      out.at(-1)?.push({ type: 'link', href, children: [{ type: 'text', text: segment.text }] });
      continue;
    }
    segment.text.split(LINE_BREAK).forEach((part, index) => {
      if (index > 0) out.push([]);
      if (part !== '') out.at(-1)?.push({ type: 'text', text: part });
    });
  }
  return out.filter((line) => line.length > 0);
}

export function postAsQuote(tweet: Tweet): QuoteBlock {
  const block: QuoteBlock = { type: 'quote', children: lines(tweet) };
  const author = tweet.author;
  if (typeof author?.handle === 'string') {
    const handle = postHandle(author);
    block.attribution = typeof author.name === 'string' && author.name !== '' ? `${author.name} (${handle})` : handle;
  }
  if (typeof tweet.url === 'string') block.cite = tweet.url;
  if (typeof tweet.lang === 'string') block.lang = tweet.lang;
  if (tweet.dir === 'ltr' || tweet.dir === 'rtl' || tweet.dir === 'auto') block.dir = tweet.dir;
  return block;
}

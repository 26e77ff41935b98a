/**
 * A Mastodon status's `content` (server-sanitised HTML, still untrusted) →
 * segments, read with the shared HTML helpers and never re-emitted:
 * paragraphs become blank lines, `<br>` a line break, links segments by their
 * class (`mention`, `hashtag`), the `invisible` parts of long links left out
 * as Mastodon's own page does, and `:shortcode:` custom emoji become emoji
 * segments (an image whose alt text is the shortcode).
 */

import { type ChildNode, classes, type Element, isElement, MAX_DEPTH, parseHtml } from '../shared/html.js';
import { asArray, asObject, asString } from '../shared/read.js';
import { collapseWhitespace } from '../shared/text.js';
import { safeHttpUrl, safeImageUrl } from '../shared/url-fast.js';
import { pushLink, pushText } from '../tweet/segments.js';
import type { TweetSegment } from '../tweet/types.js';

/** Shortcode → image URL. */
export type EmojiMap = ReadonlyMap<string, string>;

const SKIP = new Set(['script', 'style', 'template', 'svg', 'math', 'iframe', 'object', 'noscript', 'head', 'title']);
const SHORTCODE = /:([A-Za-z0-9_]{1,100}):/g;

export function readEmojis(...lists: unknown[]): EmojiMap {
  const map = new Map<string, string>();
  for (const list of lists) {
    for (const item of asArray(list)) {
      const emoji = asObject(item);
      const code = asString(emoji?.shortcode);
      // The still image: an animated one would move without the reader asking.
      const src = safeImageUrl(emoji?.static_url) ?? safeImageUrl(emoji?.url);
      if (code && /^[A-Za-z0-9_]{1,100}$/.test(code) && src) map.set(code, src);
    }
  }
  return map;
}

/** Plain text with its custom emoji as emoji segments. */
export function pushWithEmoji(segments: TweetSegment[], text: string, emojis: EmojiMap): void {
  if (emojis.size === 0 || !text.includes(':')) {
    pushText(segments, text);
    return;
  }
  let at = 0;
  for (const match of text.matchAll(SHORTCODE)) {
    const src = emojis.get(match[1] ?? '');
    if (src === undefined) continue;
    const index = match.index ?? 0;
    pushText(segments, text.slice(at, index));
    segments.push({ type: 'text', text: match[0], emoji: src });
    at = index + match[0].length;
  }
  pushText(segments, text.slice(at));
}

/** The text a link shows: without `invisible` spans, an `ellipsis` span ending in "…". */
function linkText(nodes: readonly ChildNode[], depth: number): string {
  if (depth > MAX_DEPTH) return '';
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.data;
    else if (isElement(node) && !SKIP.has(node.name)) {
      const names = classes(node);
      if (names.includes('invisible')) continue;
      text += node.name === 'br' ? ' ' : linkText(node.children, depth + 1);
      if (names.includes('ellipsis')) text += '…';
    }
  }
  return collapseWhitespace(text);
}

function linkType(element: Element): 'hashtag' | 'mention' | 'url' {
  const names = classes(element);
  if (names.includes('hashtag')) return 'hashtag';
  if (names.includes('mention') || names.includes('u-url')) return 'mention';
  return 'url';
}

export function contentSegments(html: string, emojis: EmojiMap, dropQuoteInline: boolean): TweetSegment[] {
  const segments: TweetSegment[] = [];
  let paragraphs = 0;
  const visit = (nodes: readonly ChildNode[], depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (const node of nodes) {
      if (node.type === 'text') {
        // Servers put source line breaks between tags; HTML reads them as spaces.
        pushWithEmoji(segments, node.data.replace(/[ \t\n\r\f]+/g, ' '), emojis);
        continue;
      }
      if (!isElement(node) || SKIP.has(node.name)) continue;
      // Mastodon 4.5 repeats a quote's link as `RE: …` for older apps; the quote card shows it.
      if (dropQuoteInline && classes(node).includes('quote-inline')) continue;
      if (node.name === 'br') pushText(segments, '\n');
      else if (node.name === 'a') {
        const text = linkText(node.children, depth + 1);
        const href = safeHttpUrl(node.attribs.href);
        if (href === undefined) pushWithEmoji(segments, text, emojis);
        else pushLink(segments, linkType(node), text, href);
      } else if (node.name === 'p' || node.name === 'blockquote' || node.name === 'li') {
        if (paragraphs > 0) pushText(segments, node.name === 'li' ? '\n' : '\n\n');
        paragraphs += 1;
        visit(node.children, depth + 1);
      } else visit(node.children, depth + 1);
    }
  };
  visit(parseHtml(html).nodes, 0);
  return trimSegments(segments);
}

/** Leading and trailing white space of the whole text goes; a segment left empty goes with it. */
function trimSegments(segments: TweetSegment[]): TweetSegment[] {
  const first = segments[0];
  if (first?.type === 'text' && first.emoji === undefined) {
    const text = first.text.trimStart();
    if (text === '') segments.shift();
    else segments[0] = { type: 'text', text };
  }
  const last = segments[segments.length - 1];
  if (last?.type === 'text' && last.emoji === undefined) {
    const text = last.text.trimEnd();
    if (text === '') segments.pop();
    else segments[segments.length - 1] = { type: 'text', text };
  }
  return segments;
}

/**
 * An embed's markup as a flat list of items (text, line breaks, block edges,
 * links), and those items back as tweet segments. Flat, so the signature
 * search can look back over plain text without walking the tree again.
 */
import { type ChildNode, collapseSpace, isElement, MAX_DEPTH, type TextOptions, textOf } from '../shared/html.js';
import { trimAroundBreaks } from '../shared/text.js';
import { safeHttpUrl } from '../shared/url-fast.js';
import { cashtagUrl, classifyXLink, hashtagUrl, profileUrl } from './links.js';
import { pushGatedLink, pushText } from './segments.js';
import type { TweetSegment } from './types.js';

export type Item =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'block' }
  | { kind: 'link'; href: string; text: string };

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'blockquote',
  'figure',
  'figcaption',
  'section',
  'h1',
  'h2',
  'h3',
]);

// Their content is code, styling or fallback for missing features, never tweet text.
export const NOT_TWEET_TEXT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
  'head',
  'title',
]);

const LINK_TEXT: TextOptions = { skip: NOT_TWEET_TEXT, lineBreak: ' ', collapse: true };

export function flatten(nodes: readonly ChildNode[], items: Item[], depth = 0): void {
  if (depth > MAX_DEPTH) return;
  for (const node of nodes) {
    if (node.type === 'text') {
      items.push({ kind: 'text', text: collapseSpace(node.data) });
      continue;
    }
    if (!isElement(node) || NOT_TWEET_TEXT.has(node.name)) continue;
    if (node.name === 'br') {
      items.push({ kind: 'break' });
    } else if (node.name === 'a') {
      items.push({
        kind: 'link',
        href: node.attribs.href ?? '',
        text: textOf(node.children, LINK_TEXT, depth + 1).trim(),
      });
    } else if (BLOCKS.has(node.name)) {
      items.push({ kind: 'block' });
      flatten(node.children, items, depth + 1);
      items.push({ kind: 'block' });
    } else {
      flatten(node.children, items, depth + 1);
    }
  }
}

export function itemText(item: Item): string {
  if (item.kind === 'text' || item.kind === 'link') return item.text;
  return item.kind === 'break' ? '\n' : '';
}

export function toSegments(items: readonly Item[], tail: string): TweetSegment[] {
  const segments: TweetSegment[] = [];
  let pendingBlock = false;
  const text = (value: string) => {
    if (value === '') return;
    if (pendingBlock && segments.length > 0) pushText(segments, '\n\n');
    pendingBlock = false;
    pushText(segments, value);
  };
  for (const item of items) {
    if (item.kind === 'block') pendingBlock = true;
    else if (item.kind === 'break') text('\n');
    else if (item.kind === 'text') text(item.text);
    else {
      if (pendingBlock && segments.length > 0) pushText(segments, '\n\n');
      pendingBlock = false;
      pushLinkItem(segments, item);
    }
  }
  text(tail);
  return tidy(segments);
}

function pushLinkItem(segments: TweetSegment[], link: { href: string; text: string }): void {
  const href = safeHttpUrl(link.href);
  if (href === undefined || link.text === '') {
    pushText(segments, link.text);
    return;
  }
  const target = classifyXLink(href);
  // Only a link that reads as one (`#tag`, `$SYM`, `@name`) is an entity; "her profile" stays a plain link.
  const sigil = link.text.charAt(0);
  // The name a reader sees must be where the link goes: `@alice` linking to another profile is plain text.
  const named = link.text.slice(1).toLowerCase();
  if (target?.kind === 'hashtag' && (sigil === '#' || sigil === '＃')) {
    if (named === target.tag.toLowerCase()) pushGatedLink(segments, 'hashtag', link.text, hashtagUrl(target.tag));
    else pushText(segments, link.text);
  } else if (target?.kind === 'cashtag' && sigil === '$') {
    if (named === target.symbol.toLowerCase()) pushGatedLink(segments, 'cashtag', link.text, cashtagUrl(target.symbol));
    else pushText(segments, link.text);
  } else if (target?.kind === 'mention' && (sigil === '@' || sigil === '＠')) {
    if (named === target.handle.toLowerCase()) pushGatedLink(segments, 'mention', link.text, profileUrl(target.handle));
    else pushText(segments, link.text);
  } else if (/^pic\.(twitter|x)\.com\//i.test(link.text) || /^https?:\/\/pic\.(twitter|x)\.com\//i.test(href)) {
    pushGatedLink(segments, 'media', link.text, href);
  } else pushGatedLink(segments, 'url', link.text, href);
}

/** Trim the edges and the spaces HTML leaves around line breaks. */
function tidy(segments: TweetSegment[]): TweetSegment[] {
  const out: TweetSegment[] = [];
  segments.forEach((segment, index) => {
    if (segment.type !== 'text') {
      out.push(segment);
      return;
    }
    let text = trimAroundBreaks(segment.text, 'spaces');
    if (index === 0) text = text.trimStart();
    if (index === segments.length - 1) text = text.trimEnd();
    pushText(out, text);
  });
  return out;
}

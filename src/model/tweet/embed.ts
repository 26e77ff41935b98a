/**
 * Stored embed HTML (`<blockquote class="twitter-tweet">…</blockquote>`, as
 * X's embed code, oEmbed and CMSs leave it) → Tweet, without X's script.
 *
 * The markup is read with a real parser and only text and hrefs come out:
 * links become segments by what they point to, everything else is text.
 */
import { type ChildNode, type Element, isElement, parseHtml } from '../shared/html.js';
import { fail, ok, type ParseResult } from '../shared/result.js';
import { safeHttpUrl } from '../shared/url.js';
import {
  cashtagUrl,
  classifyXLink,
  cleanLang,
  dirForLang,
  hashtagUrl,
  isHandle,
  parseStatusUrl,
  profileUrl,
  statusUrl,
} from './links.js';
import { endsTruncated, pushLink, pushText } from './segments.js';
import { parseSignatureDate } from './signature-date.js';
import { snowflakeToIso } from './snowflake.js';
import type { Tweet, TweetSegment } from './types.js';

// Beyond this the input is not one embed but a page; refuse rather than spend seconds on it.
const MAX_HTML_LENGTH = 100_000;
// Real embeds nest a handful of elements; anything deeper is ignored rather than recursed into.
const MAX_DEPTH = 200;

type Item =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'block' }
  | { kind: 'link'; href: string; text: string };

interface Signature {
  name: string;
  handle: string;
  /** Where the signature starts: items before it, plus `bodyTail` text, are the tweet. */
  itemIndex: number;
  bodyTail: string;
  link: { href: string; text: string };
}

export function parseTweetEmbed(html: string): ParseResult<Tweet> {
  try {
    return readEmbed(html);
  } catch (error) {
    return fail('invalid-embed', `The embed HTML could not be read: ${String(error)}`);
  }
}

function readEmbed(html: string): ParseResult<Tweet> {
  if (typeof html !== 'string' || html.trim() === '') {
    return fail('empty', 'The embed HTML is empty; pass the stored `<blockquote class="twitter-tweet">` markup.');
  }
  if (html.length > MAX_HTML_LENGTH) {
    return fail(
      'too-large',
      `The embed HTML is ${html.length} characters; one tweet embed is a few kilobytes (the limit is ${MAX_HTML_LENGTH}).`,
    );
  }
  const warnings: string[] = [];
  const quotes = findEmbedQuotes(parseHtml(html).children);
  const quote = quotes[0];
  if (quote === undefined) {
    return fail(
      'not-an-embed',
      'No `<blockquote class="twitter-tweet">` (or `twitter-video`) found; this HTML is not a tweet embed.',
    );
  }
  if (quotes.length > 1) warnings.push(`Found ${quotes.length} tweet embeds; only the first was read.`);

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

  const paragraph = findFirst(quote.children, (element) => element.name === 'p' && element.attribs.lang !== undefined);
  const lang = cleanLang(paragraph?.attribs.lang) ?? cleanLang(quote.attribs['data-lang']);
  if (lang !== undefined) tweet.lang = lang;
  const dir = paragraph?.attribs.dir?.toLowerCase();
  tweet.dir = dir === 'ltr' || dir === 'rtl' || dir === 'auto' ? dir : dirForLang(lang);
  if (endsTruncated(body)) tweet.truncated = true;
  return ok(tweet, warnings);
}

function classes(element: Element): string[] {
  return (element.attribs.class ?? '').toLowerCase().split(/\s+/);
}

function findEmbedQuotes(nodes: readonly ChildNode[]): Element[] {
  const found: Element[] = [];
  const visit = (list: readonly ChildNode[], depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (const node of list) {
      if (!isElement(node)) continue;
      const names = classes(node);
      if (node.name === 'blockquote' && (names.includes('twitter-tweet') || names.includes('twitter-video'))) {
        found.push(node);
        continue;
      }
      visit(node.children, depth + 1);
    }
  };
  visit(nodes, 0);
  return found;
}

function findFirst(nodes: readonly ChildNode[], test: (element: Element) => boolean, depth = 0): Element | undefined {
  if (depth > MAX_DEPTH) return undefined;
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (test(node)) return node;
    const inner = findFirst(node.children, test, depth + 1);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

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
const SKIPPED = new Set([
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

/** HTML whitespace rules: source line breaks and runs of spaces are one space; only `<br>` breaks a line. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}

function flatten(nodes: readonly ChildNode[], items: Item[], depth = 0): void {
  if (depth > MAX_DEPTH) return;
  for (const node of nodes) {
    if (node.type === 'text') {
      items.push({ kind: 'text', text: collapse(node.data) });
      continue;
    }
    if (!isElement(node) || SKIPPED.has(node.name)) continue;
    if (node.name === 'br') {
      items.push({ kind: 'break' });
    } else if (node.name === 'a') {
      items.push({ kind: 'link', href: node.attribs.href ?? '', text: plainText(node.children, depth + 1).trim() });
    } else if (BLOCKS.has(node.name)) {
      items.push({ kind: 'block' });
      flatten(node.children, items, depth + 1);
      items.push({ kind: 'block' });
    } else {
      flatten(node.children, items, depth + 1);
    }
  }
}

function plainText(nodes: readonly ChildNode[], depth: number): string {
  if (depth > MAX_DEPTH) return '';
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += collapse(node.data);
    else if (isElement(node) && !SKIPPED.has(node.name))
      text += node.name === 'br' ? ' ' : plainText(node.children, depth + 1);
  }
  return text;
}

function itemText(item: Item): string {
  if (item.kind === 'text' || item.kind === 'link') return item.text;
  return item.kind === 'break' ? '\n' : '';
}

const SIGNATURE_TAIL = /^\s*(.+?)\s*\(\s*@([A-Za-z0-9_]{1,50})\s*\)\s*$/s;

/**
 * The author line is the LAST link preceded (in its own run of text) by
 * `— Name (@handle)`; the tweet's own text may contain both dashes and `(@x)`.
 */
function findSignature(items: readonly Item[]): Signature | undefined {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const link = items[index];
    if (link?.kind !== 'link') continue;
    let start = index;
    let run = '';
    while (start > 0) {
      const previous = items[start - 1];
      if (previous === undefined || previous.kind === 'link' || previous.kind === 'block') break;
      run = itemText(previous) + run;
      start -= 1;
    }
    const parsed = splitSignature(run);
    if (parsed === undefined) continue;
    return { ...parsed, itemIndex: start, link: { href: link.href, text: link.text } };
  }
  return undefined;
}

// A display name is at most 50 characters; looking further back only costs time on hostile input.
const SIGNATURE_WINDOW = 400;
const SIGNATURE_END = /\(\s*@[A-Za-z0-9_]{1,50}\s*\)\s*$/;

function splitSignature(run: string): Omit<Signature, 'itemIndex' | 'link'> | undefined {
  const offset = Math.max(0, run.length - SIGNATURE_WINDOW);
  const window = run.slice(offset);
  if (!SIGNATURE_END.test(window)) return undefined;
  // Prefer the em dash X writes; hyphens are a CMS's stand-in and can sit inside names.
  for (const dash of ['—', '–', '-']) {
    let at = window.lastIndexOf(dash);
    while (at >= 0) {
      const rest = window.slice(at + dash.length);
      // A hyphen inside a word ("Jean-Luc") is part of the name, not the separator.
      const separates = dash !== '-' || /^\s/.test(rest);
      const match = separates ? SIGNATURE_TAIL.exec(rest) : null;
      const name = match?.[1]?.trim();
      const handle = match?.[2];
      if (name && handle && isHandle(handle)) return { name, handle, bodyTail: run.slice(0, offset + at) };
      at = dash === '-' && at > 0 ? window.lastIndexOf(dash, at - 1) : -1;
    }
  }
  return undefined;
}

function toSegments(items: readonly Item[], tail: string): TweetSegment[] {
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
  if (target?.kind === 'hashtag' && (sigil === '#' || sigil === '＃')) {
    pushLink(segments, 'hashtag', link.text, hashtagUrl(target.tag));
  } else if (target?.kind === 'cashtag' && sigil === '$') {
    pushLink(segments, 'cashtag', link.text, cashtagUrl(target.symbol));
  } else if (target?.kind === 'mention' && (sigil === '@' || sigil === '＠')) {
    pushLink(segments, 'mention', link.text, profileUrl(target.handle));
  } else if (/^pic\.(twitter|x)\.com\//i.test(link.text) || /^https?:\/\/pic\.(twitter|x)\.com\//i.test(href)) {
    pushLink(segments, 'media', link.text, href);
  } else pushLink(segments, 'url', link.text, href);
}

/** Trim the edges and the spaces HTML leaves around line breaks. */
function tidy(segments: TweetSegment[]): TweetSegment[] {
  const out: TweetSegment[] = [];
  segments.forEach((segment, index) => {
    if (segment.type !== 'text') {
      out.push(segment);
      return;
    }
    let text = segment.text.replace(/ *\n */g, '\n');
    if (index === 0) text = text.replace(/^\s+/, '');
    if (index === segments.length - 1) text = text.replace(/\s+$/, '');
    pushText(out, text);
  });
  return out;
}

/**
 * Bluesky's stored embed, `<blockquote class="bluesky-embed" data-bluesky-uri=…>`
 * (`<p>` text, then `— Name (@handle) Date`), and the same fallback copied
 * off a page as text → post, without Bluesky's script. The post's text is
 * plain (the embed carries no facets); its time comes from the record key.
 */
import { cleanLang, contentDir } from '../../i18n/language.js';
import {
  type ChildNode,
  childElements,
  type Element,
  isElement,
  langOf,
  MAX_DEPTH,
  parseHtml,
} from '../shared/html.js';
import { isoDayOf } from '../shared/read.js';
import { fail, ok, type ParseResult } from '../shared/result.js';
import { trimAroundBreaks } from '../shared/text.js';
import { safeHttpUrl } from '../shared/url-fast.js';
import { pushText } from '../tweet/segments.js';
import { parseSignatureDate } from '../tweet/signature-date.js';
import type { Tweet } from '../tweet/types.js';
import { blueskyPostRef, blueskyProfileUrl, blueskyRecordUrl, isBlueskyHandle, parseAtUri } from './links.js';
import { tidToIso } from './tid.js';

/** Why markup or text is not a Bluesky post. */
export type BlueskyEmbedErrorCode = 'empty' | 'too-large' | 'not-an-embed' | 'no-signature' | 'invalid-embed';

export const MAX_LENGTH = 100_000;
// What the embed writes where the post had media or a link card.
const MEDIA_PLACEHOLDER = /^\[image or embed\]$/;

/** The line Bluesky's fallback puts where a post's image, video or quote was. */
export function isMediaPlaceholder(line: string): boolean {
  return MEDIA_PLACEHOLDER.test(line.trim());
}

export function isBlueskyEmbed(element: Element): boolean {
  return element.name === 'blockquote' && (element.attribs.class ?? '').split(/\s+/).includes('bluesky-embed');
}

/** "April 16, 2025 at 11:57 PM", "7 March 2025 at 22:57", "2025年4月15日 17:24" → that day, UTC midnight. */
export function parseBlueskyDate(text: string): string | undefined {
  const trimmed = text.trim();
  const cjk = /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(trimmed);
  if (cjk) {
    const [year, month, day] = [Number(cjk[1]), Number(cjk[2]), Number(cjk[3])];
    return year >= 2022 ? isoDayOf(year, month - 1, day) : undefined;
  }
  return parseSignatureDate(trimmed.split(/\sat\s/)[0] ?? '');
}

/** The embed's text: text nodes, `<br>` as line breaks, the "[image or embed]" link left out. */
function paragraphText(nodes: readonly ChildNode[], depth: number): string {
  if (depth > MAX_DEPTH) return '';
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.data;
    else if (isElement(node) && node.name === 'br') text += '\n';
    else if (isElement(node) && node.name !== 'script' && node.name !== 'style') {
      const inner = paragraphText(node.children, depth + 1);
      if (!MEDIA_PLACEHOLDER.test(inner.trim())) text += inner;
    }
  }
  return text;
}

function textOf(nodes: readonly ChildNode[]): string {
  return paragraphText(nodes, 0);
}

interface Signed {
  name: string;
  handle: string;
  text: string;
  lang?: string;
  uri?: string;
  postUrl?: string;
  date?: string;
  source: 'embed' | 'text';
}

function buildPost(signed: Signed): Tweet {
  const post: Tweet = {
    network: 'bluesky',
    author: { name: signed.name, handle: signed.handle, url: blueskyProfileUrl(signed.handle) },
    body: [],
    media: [],
    source: signed.source,
  };
  pushText(post.body, trimAroundBreaks(signed.text, 'spaces').trim());
  const uri = parseAtUri(signed.uri);
  const ref = uri ?? (signed.postUrl ? blueskyPostRef(signed.postUrl) : undefined);
  if (ref !== undefined) {
    post.id = ref.rkey;
    const url = blueskyRecordUrl({ repo: ref.repo, collection: 'app.bsky.feed.post', rkey: ref.rkey }, signed.handle);
    if (url !== undefined) post.url = url;
    // The key's time when it falls on the printed day (or there is none): the printed one is only a day.
    const exact = tidToIso(ref.rkey);
    const sameDay =
      exact !== undefined &&
      signed.date !== undefined &&
      Math.abs(Date.parse(exact) - Date.parse(signed.date)) < 2 * 86_400_000;
    if (exact !== undefined && (signed.date === undefined || sameDay)) post.createdAt = exact;
  }
  if (post.createdAt === undefined && signed.date !== undefined) {
    post.createdAt = signed.date;
    // A day only: the source `text` prints no time.
    post.source = 'text';
  }
  const lang = cleanLang(signed.lang);
  if (lang !== undefined) post.lang = lang;
  post.dir = contentDir(lang);
  return post;
}

/** A `bluesky-embed` blockquote another parser already holds (the article reader). */
export function readBlueskyEmbedElement(element: Element): ParseResult<Tweet, BlueskyEmbedErrorCode> {
  if (!isBlueskyEmbed(element)) return fail('not-an-embed', 'Expected <blockquote class="bluesky-embed">.');
  const kids = element.children;
  const paragraph = childElements(kids).find((kid) => kid.name === 'p');
  const after = paragraph ? kids.slice(kids.indexOf(paragraph) + 1) : kids;
  const links = childElements(after).filter((kid) => kid.name === 'a');
  // `— Name (` then `<a>@handle</a>`: the name is the text before the handle's link.
  const handleLink = links.find((link) => textOf(link.children).trim().startsWith('@'));
  const handle = handleLink ? textOf(handleLink.children).trim().slice(1) : '';
  if (!isBlueskyHandle(handle)) return fail('no-signature', 'The embed has no `(@handle)` link after its text.');
  const before = after.slice(0, handleLink ? after.indexOf(handleLink) : 0);
  const name = textOf(before)
    .replace(/^[\s—–-]+/u, '')
    .replace(/\(\s*$/, '')
    .trim();
  const dateLink = links.at(-1);
  const signed: Signed = {
    name: name || handle,
    handle,
    text: paragraph ? textOf(paragraph.children) : '',
    source: 'embed',
  };
  const lang = langOf(paragraph);
  if (lang !== undefined) signed.lang = lang;
  if (element.attribs['data-bluesky-uri']) signed.uri = element.attribs['data-bluesky-uri'];
  const postUrl = dateLink && dateLink !== handleLink ? safeHttpUrl(dateLink.attribs.href) : undefined;
  if (postUrl !== undefined) signed.postUrl = postUrl;
  const date = dateLink && dateLink !== handleLink ? parseBlueskyDate(textOf(dateLink.children)) : undefined;
  if (date !== undefined) signed.date = date;
  if (signed.uri === undefined && postUrl === undefined) {
    return fail('not-an-embed', 'The embed names no post: no data-bluesky-uri and no link to it.');
  }
  return ok(buildPost(signed));
}

export function parseBlueskyEmbed(html: string): ParseResult<Tweet, BlueskyEmbedErrorCode> {
  try {
    if (typeof html !== 'string' || html.trim() === '') return fail('empty', 'The embed HTML is empty.');
    if (html.length > MAX_LENGTH) return fail('too-large', `The HTML is ${html.length} characters; pass one embed.`);
    const found: Element[] = [];
    const walk = (nodes: readonly ChildNode[], depth: number) => {
      for (const node of nodes) {
        if (found.length > 0 || depth > MAX_DEPTH || !isElement(node)) continue;
        if (isBlueskyEmbed(node)) found.push(node);
        else walk(node.children, depth + 1);
      }
    };
    walk(parseHtml(html).nodes, 0);
    const element = found[0];
    return element
      ? readBlueskyEmbedElement(element)
      : fail('not-an-embed', 'No <blockquote class="bluesky-embed"> found.');
  } catch (error) {
    return fail('invalid-embed', `The embed HTML could not be read: ${String(error)}`);
  }
}

export interface BlueskySignature {
  network: 'bluesky';
  name: string;
  handle: string;
  date?: string;
}

const SIGNATURE = /^\s*(?:—|–|&mdash;|-{1,2})\s*(\S.{0,99}?)\s*\(\s*@([A-Za-z0-9.-]{3,253})\s*\)\s*(.{0,60}?)\s*$/u;

/** `— Name (@handle.bsky.social) April 16, 2025 at 11:57 PM`, the line a copied Bluesky embed ends with. */
export function matchBlueskySignature(line: string): BlueskySignature | undefined {
  if (typeof line !== 'string' || line.length > 400) return undefined;
  const match = SIGNATURE.exec(line);
  const [, name, handle, dateText = ''] = match ?? [];
  // A dot tells a Bluesky handle from an X one.
  if (!name || !handle?.includes('.') || !isBlueskyHandle(handle)) return undefined;
  if (dateText === '') return { network: 'bluesky', name, handle };
  const date = parseBlueskyDate(dateText);
  return date === undefined ? undefined : { network: 'bluesky', name, handle, date };
}

/** The lines above a Bluesky signature, read as the post. */
export function readSignedBlueskyPost(
  lines: readonly string[],
  signature: BlueskySignature,
): ParseResult<Tweet, BlueskyEmbedErrorCode> {
  const text = lines
    .filter((line) => !MEDIA_PLACEHOLDER.test(line.trim()))
    .join('\n')
    .trim();
  if (text === '') return fail('empty', `The signature of @${signature.handle} has no post text before it.`);
  const signed: Signed = { name: signature.name, handle: signature.handle, text, source: 'text' };
  if (signature.date !== undefined) signed.date = signature.date;
  return ok(buildPost(signed));
}

const SOLID = /\S/g;

/**
 * The text's lines, as `split('\n')` gives them, but of blank lines in a row (spaces on them or not) only the
 * first: a run of them is never cut into strings, and where the next character that is not white space sits is
 * looked up once per stretch of white space, not once per line.
 */
function keptLines(text: string): string[] {
  const lines: string[] = [];
  let blanks = 0;
  let nextSolid = -1;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (nextSolid < start) {
      SOLID.lastIndex = start;
      nextSolid = SOLID.exec(text)?.index ?? Number.POSITIVE_INFINITY;
    }
    const blank = nextSolid >= end;
    blanks = blank ? blanks + 1 : 0;
    if (blanks <= 1) lines.push(text.slice(start, end));
    if (!blank) {
      start = end + 1;
      continue;
    }
    // Every line from here to the one holding the next character that is not white space is blank, after a blank
    // one: none is kept, so the walk goes straight there (or ends, when none is left).
    if (nextSolid === Number.POSITIVE_INFINITY) break;
    start = Math.max(end + 1, text.lastIndexOf('\n', nextSolid) + 1);
  }
  return lines;
}

/** A Bluesky post copied off a page: its lines, then `— Name (@handle) Date`. */
export function parseBlueskyText(text: string): ParseResult<Tweet, BlueskyEmbedErrorCode> {
  if (typeof text !== 'string' || text.trim() === '') return fail('empty', 'The text is empty.');
  if (text.length > MAX_LENGTH) return fail('too-large', `The text is ${text.length} characters; pass one post.`);
  // Blank lines in a row (spaces on them or not) keep one: more show nothing, and a hostile
  // text of 100,000 of them would be as many lines to test for a signature and a placeholder.
  const lines = keptLines(text.replace(/\r\n?/g, '\n'));
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const signature = matchBlueskySignature(lines[index] ?? '');
    if (signature !== undefined) return readSignedBlueskyPost(lines.slice(0, index), signature);
  }
  return fail('no-signature', 'No author line like `— Name (@handle.bsky.social) April 16, 2025` was found.');
}

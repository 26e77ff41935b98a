/**
 * The text of a syndication tweet as segments. X counts entity indices in
 * code points of the still HTML-escaped text, so we slice by code point first
 * and decode entities only afterwards.
 */

import { decodeEntities } from '../shared/html.js';
import { asArray, asObject, asString, at, type JsonObject } from '../shared/read.js';
import { MAX_URL_LENGTH } from '../shared/url.js';
import { safeHttpUrl } from '../shared/url-fast.js';
import { cashtagUrl, hashtagUrl, isHandle, parseStatusUrl, profileUrl } from './links.js';
import { type LinkKind, pushLink, pushText } from './segments.js';
import type { TweetSegment } from './types.js';

interface Entity {
  start: number;
  end: number;
  type: LinkKind;
  /** What the reader sees instead of the slice (display URLs); undefined keeps the slice. */
  display?: string;
  /** Lower-cased slice texts the entity allows, to catch indices that don't line up. */
  expect?: string[];
  /** The longest of `expect`, in code points. */
  longest: number;
  href: unknown;
}

// Any UTF-16 surrogate: without one, every code point is one unit.
const SURROGATE = /[\uD800-\uDFFF]/;

/** Every entity the tweet's lists hold, sorted by start, and how many the lists held in all. */
function readEntities(value: unknown): { entities: Entity[]; total: number } {
  const entities = asObject(value);
  if (entities === undefined) return { entities: [], total: 0 };
  const found: Entity[] = [];
  let total = 0;
  const add = (list: string, make: (entity: JsonObject) => Omit<Entity, 'start' | 'end' | 'longest'> | undefined) => {
    const items = entities[list];
    if (!Array.isArray(items)) return;
    total += items.length;
    // Only the first MAX_ENTITIES of each list are read: a hostile list of a million costs no more than that.
    for (const item of asArray(items.length > MAX_ENTITIES ? items.slice(0, MAX_ENTITIES) : items)) {
      const entity = asObject(item);
      const indices = asArray(entity?.indices);
      const start = indices[0];
      const end = indices[1];
      if (entity === undefined || !Number.isInteger(start) || !Number.isInteger(end)) continue;
      const made = make(entity);
      if (made === undefined) continue;
      let longest = 0;
      for (const text of made.expect ?? []) longest = Math.max(longest, codePoints(text));
      // Fields named, not spread: a spread per entity was a seventh of a tweet's parse.
      const { type, href, display, expect } = made;
      found.push({ type, href, display, expect, longest, start: start as number, end: end as number });
    }
  };
  add('hashtags', (entity) => {
    const tag = shortString(entity.text);
    return tag ? { type: 'hashtag', href: hashtagUrl(tag), expect: lower(`#${tag}`, `＃${tag}`) } : undefined;
  });
  add('user_mentions', (entity) => {
    const handle = asString(entity.screen_name);
    return handle && isHandle(handle)
      ? { type: 'mention', href: profileUrl(handle), expect: lower(`@${handle}`, `＠${handle}`) }
      : undefined;
  });
  add('symbols', (entity) => {
    const symbol = shortString(entity.text);
    return symbol ? { type: 'cashtag', href: cashtagUrl(symbol), expect: lower(`$${symbol}`) } : undefined;
  });
  for (const [list, type] of [
    ['urls', 'url'],
    ['media', 'media'],
  ] as const) {
    add(list, (entity) => {
      const href = safeHttpUrl(entity.expanded_url) ?? safeHttpUrl(entity.url);
      const display = shortString(entity.display_url) ?? shortString(entity.expanded_url) ?? shortString(entity.url);
      return display ? { type, href, display } : undefined;
    });
  }
  return { entities: found.sort((a, b) => a.start - b.start), total };
}

// An entity's own text is a tag, a symbol or a display URL: one longer than a URL may be is not one.
// (A hostile object can hand the same megabyte string to 2,000 entities; each would be lower-cased.)
function shortString(value: unknown): string | undefined {
  const text = asString(value);
  return text !== undefined && text.length <= MAX_URL_LENGTH ? text : undefined;
}

/** Code points in `text`, counted without an array of them. */
function codePoints(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) count += 1;
    else {
      const next = text.charCodeAt(index + 1);
      count += 1;
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
  }
  return count;
}

function lower(...candidates: string[]): string[] {
  return candidates.map((candidate) => candidate.toLowerCase());
}

function readRange(value: unknown, length: number): [number, number] {
  const range = asArray(value);
  const start = range[0];
  const end = range[1];
  if (!Number.isInteger(start) || !Number.isInteger(end)) return [0, length];
  const from = Math.min(Math.max(start as number, 0), length);
  const to = Math.min(Math.max(end as number, from), length);
  return [from, to];
}

/**
 * The longest tweet text read, in characters: a note tweet holds 25,000, so
 * beyond this the rest is cut (and the tweet marked truncated by the caller).
 */
export const MAX_TWEET_TEXT = 100_000;
/** Entities read per tweet: a 25,000-character note holds a few hundred at most. */
export const MAX_ENTITIES = 2_000;

export function buildSegments(
  text: string,
  displayRange: unknown,
  entityData: unknown,
  id: string,
  warnings: string[],
): TweetSegment[] {
  const source = text.length > MAX_TWEET_TEXT ? text.slice(0, MAX_TWEET_TEXT) : text;
  // X's indices count code points. Without surrogates those are UTF-16 units, so the text slices as it is,
  // with no array of one string per code point.
  const points = SURROGATE.test(source) ? Array.from(source) : undefined;
  if (text.length > MAX_TWEET_TEXT) warnings.push(`Tweet ${id}: its text was cut at ${MAX_TWEET_TEXT} characters.`);
  const read = readEntities(entityData);
  let entities = read.entities;
  if (read.total > MAX_ENTITIES) {
    warnings.push(`Tweet ${id}: only the first ${MAX_ENTITIES} of its ${read.total} entities were read.`);
    entities = entities.slice(0, MAX_ENTITIES);
  }
  const [from, rangeEnd] = readRange(displayRange, points ? points.length : source.length);
  // Some payloads end the shown range a code point inside the trailing media
  // link (seen: 888045891658973185 would end in a stray "h"); an entity that
  // straddles the end is not shown, so the range stops where it starts.
  const straddling = entities.find((e) => e.start < rangeEnd && e.end > rangeEnd && e.start >= from);
  const to = straddling ? straddling.start : rangeEnd;
  const slice = (start: number, end: number) =>
    decodeEntities(points ? points.slice(start, end).join('') : source.slice(start, end));
  const segments: TweetSegment[] = [];
  let cursor = from;
  let mismatched = 0;
  let first = '';
  for (const entity of entities) {
    // Entities outside the shown range (leading reply mentions, the trailing media link) aren't displayed.
    if (entity.start < cursor || entity.end > to || entity.start >= entity.end) continue;
    // Only a span as long as the entity's own text is compared, so a hostile span costs nothing to refuse.
    const fits = entity.expect === undefined || entity.end - entity.start <= entity.longest;
    const seen = fits && entity.display === undefined ? slice(entity.start, entity.end) : '';
    if (entity.expect !== undefined && (!fits || !entity.expect.includes(seen.toLowerCase()))) {
      if (mismatched === 0) first = `${entity.type} entity at ${entity.start}–${entity.end}`;
      mismatched += 1;
      continue;
    }
    pushText(segments, slice(cursor, entity.start));
    pushLink(segments, entity.type, entity.display ?? seen, entity.href);
    cursor = entity.end;
  }
  pushText(segments, slice(cursor, to));
  // One line for a tweet, with a count: a hostile list of 2,000 made 2,000 warnings.
  if (mismatched === 1) warnings.push(`Tweet ${id}: ${first} doesn't match its text.`);
  else if (mismatched > 1)
    warnings.push(`Tweet ${id}: ${mismatched} entities don't match their text (the first: ${first}).`);
  return segments;
}

// `https://t.co/` and its slug (ten letters and digits; forty at most) at the very end, searched in a window.
const TCO_LINK_MAX = 60;
/** White space after X's trailing link that is still looked past. */
const TAIL_SPACE = 1000;
const TRAILING_TCO = /https:\/\/t\.co\/[A-Za-z0-9]+$/;

/**
 * X appends the quoted tweet's permalink to the text (a bare t.co link or a url
 * entity pointing at the quote); the quote card shows it, so that link goes.
 */
export function dropQuoteLink(body: TweetSegment[], quotedId: string | undefined): void {
  const last = body[body.length - 1];
  if (last?.type === 'url' && quotedId !== undefined && parseStatusUrl(last.href)?.id === quotedId) {
    body.pop();
    const before = body[body.length - 1];
    if (before?.type === 'text') {
      const trimmed = before.text.trimEnd();
      if (trimmed === '') body.pop();
      else body[body.length - 1] = { type: 'text', text: trimmed };
    }
    return;
  }
  if (last?.type !== 'text') return;
  // Trimmed and matched from the end only: `/\s*https…\s*$/` rescanned a long run of spaces from each space. And
  // only the text's last characters are trimmed: X puts no page of white space after its link, and a text ending
  // in 100,000 spaces was trimmed whole only to find no link.
  const text = last.text;
  const from = Math.max(0, text.length - TCO_LINK_MAX - TAIL_SPACE);
  const end = text.slice(from).trimEnd();
  const link = TRAILING_TCO.exec(end.slice(-TCO_LINK_MAX));
  if (link === null) return;
  const trimmed = text.slice(0, from + end.length - link[0].length).trimEnd();
  if (trimmed === '') body.pop();
  else body[body.length - 1] = { type: 'text', text: trimmed };
}

export function readNoteTweet(value: unknown): { text: string; entities: unknown } | undefined {
  // Seen both flat and in GraphQL's `note_tweet_results.result` wrapping.
  for (const candidate of [value, at(value, 'note_tweet_results', 'result')]) {
    const text = asString(at(candidate, 'text'));
    if (text) return { text, entities: at(candidate, 'entity_set') ?? at(candidate, 'entities') };
  }
  return undefined;
}

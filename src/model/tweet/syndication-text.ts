/**
 * The text of a syndication tweet as segments. X counts entity indices in
 * code points of the still HTML-escaped text, so we slice by code point first
 * and decode entities only afterwards.
 */

import { decodeEntities } from '../shared/html.js';
import { asArray, asObject, asString, at, type JsonObject } from '../shared/read.js';
import { safeHttpUrl } from '../shared/url.js';
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
  href: unknown;
}

function readEntities(value: unknown): Entity[] {
  const entities = asObject(value);
  if (entities === undefined) return [];
  const found: Entity[] = [];
  const add = (list: string, make: (entity: JsonObject) => Omit<Entity, 'start' | 'end'> | undefined) => {
    for (const item of asArray(entities[list])) {
      const entity = asObject(item);
      const indices = asArray(entity?.indices);
      const start = indices[0];
      const end = indices[1];
      if (entity === undefined || !Number.isInteger(start) || !Number.isInteger(end)) continue;
      const made = make(entity);
      if (made !== undefined) found.push({ ...made, start: start as number, end: end as number });
    }
  };
  add('hashtags', (entity) => {
    const tag = asString(entity.text);
    return tag ? { type: 'hashtag', href: hashtagUrl(tag), expect: lower(`#${tag}`, `＃${tag}`) } : undefined;
  });
  add('user_mentions', (entity) => {
    const handle = asString(entity.screen_name);
    return handle && isHandle(handle)
      ? { type: 'mention', href: profileUrl(handle), expect: lower(`@${handle}`, `＠${handle}`) }
      : undefined;
  });
  add('symbols', (entity) => {
    const symbol = asString(entity.text);
    return symbol ? { type: 'cashtag', href: cashtagUrl(symbol), expect: lower(`$${symbol}`) } : undefined;
  });
  for (const [list, type] of [
    ['urls', 'url'],
    ['media', 'media'],
  ] as const) {
    add(list, (entity) => {
      const href = safeHttpUrl(entity.expanded_url) ?? safeHttpUrl(entity.url);
      const display = asString(entity.display_url) ?? asString(entity.expanded_url) ?? asString(entity.url);
      return display ? { type, href, display } : undefined;
    });
  }
  return found.sort((a, b) => a.start - b.start);
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

export function buildSegments(
  text: string,
  displayRange: unknown,
  entityData: unknown,
  id: string,
  warnings: string[],
): TweetSegment[] {
  const points = Array.from(text);
  const entities = readEntities(entityData);
  const [from, rangeEnd] = readRange(displayRange, points.length);
  // Some payloads end the shown range a code point inside the trailing media
  // link (seen: 888045891658973185 would end in a stray "h"); an entity that
  // straddles the end is not shown, so the range stops where it starts.
  const straddling = entities.find((e) => e.start < rangeEnd && e.end > rangeEnd && e.start >= from);
  const to = straddling ? straddling.start : rangeEnd;
  const slice = (start: number, end: number) => decodeEntities(points.slice(start, end).join(''));
  const segments: TweetSegment[] = [];
  let cursor = from;
  for (const entity of entities) {
    // Entities outside the shown range (leading reply mentions, the trailing media link) aren't displayed.
    if (entity.start < cursor || entity.end > to || entity.start >= entity.end) continue;
    const seen = slice(entity.start, entity.end);
    if (entity.expect !== undefined && !entity.expect.includes(seen.toLowerCase())) {
      warnings.push(`Tweet ${id}: ${entity.type} entity at ${entity.start}–${entity.end} doesn't match its text.`);
      continue;
    }
    pushText(segments, slice(cursor, entity.start));
    pushLink(segments, entity.type, entity.display ?? seen, entity.href);
    cursor = entity.end;
  }
  pushText(segments, slice(cursor, to));
  return segments;
}

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
  const trimmed = last.text.replace(/\s*https:\/\/t\.co\/[A-Za-z0-9]+\s*$/, '');
  if (trimmed === last.text) return;
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

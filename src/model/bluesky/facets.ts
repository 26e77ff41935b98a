/**
 * Bluesky rich text: facets mark ranges of the post's text by UTF-8 byte
 * offsets. The text is encoded once; each range is decoded from those bytes,
 * so segments always split on whole code points (a range that would cut one
 * is dropped with a warning). One pass over the sorted facets: linear.
 */
import { asArray, asObject, asString } from '../shared/read.js';
import { pushLink, pushText } from '../tweet/segments.js';
import type { TweetSegment } from '../tweet/types.js';
import { blueskyHashtagUrl, blueskyProfileUrl, isDid } from './links.js';

interface Facet {
  start: number;
  end: number;
  type: 'url' | 'mention' | 'hashtag';
  href: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function readFacet(value: unknown): Facet | undefined {
  const facet = asObject(value);
  const index = asObject(facet?.index);
  const start = index?.byteStart;
  const end = index?.byteEnd;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  for (const item of asArray(facet?.features)) {
    const feature = asObject(item);
    const kind = asString(feature?.$type);
    if (kind === 'app.bsky.richtext.facet#link') {
      const href = asString(feature?.uri);
      if (href) return { start: start as number, end: end as number, type: 'url', href };
    } else if (kind === 'app.bsky.richtext.facet#mention') {
      const did = feature?.did;
      if (isDid(did))
        return { start: start as number, end: end as number, type: 'mention', href: blueskyProfileUrl(did) };
    } else if (kind === 'app.bsky.richtext.facet#tag') {
      const tag = asString(feature?.tag);
      if (tag && tag.length <= 640) {
        return { start: start as number, end: end as number, type: 'hashtag', href: blueskyHashtagUrl(tag) };
      }
    }
  }
  return undefined;
}

// A byte that continues a multi-byte character: a range may not start or end before one.
function cutsCharacter(bytes: Uint8Array, at: number): boolean {
  return at < bytes.length && ((bytes[at] ?? 0) & 0xc0) === 0x80;
}

/**
 * Facets read from one post. A post of 300 graphemes holds at most about a
 * hundred; a stored record of 33,000 took 99 ms, each facet a decode, a URL
 * check and a link. Past this the rest of the text stays plain, with a warning
 * (as X's entity lists are read, MAX_ENTITIES).
 */
export const MAX_FACETS = 2_000;

export function facetSegments(text: string, facets: unknown, warnings: string[], id: string): TweetSegment[] {
  const bytes = encoder.encode(text);
  const slice = (from: number, to: number) => decoder.decode(bytes.subarray(from, to));
  const total = Array.isArray(facets) ? facets.length : 0;
  if (total > MAX_FACETS) warnings.push(`Post ${id}: only the first ${MAX_FACETS} of its ${total} facets were read.`);
  // Cut before anything is copied or read: a list of a million costs no more than MAX_FACETS.
  const list = asArray(total > MAX_FACETS ? (facets as unknown[]).slice(0, MAX_FACETS) : facets)
    .map(readFacet)
    .filter((facet): facet is Facet => facet !== undefined)
    .sort((a, b) => a.start - b.start);
  const segments: TweetSegment[] = [];
  let cursor = 0;
  for (const facet of list) {
    const { start, end } = facet;
    if (start < cursor || end <= start || end > bytes.length) {
      warnings.push(
        `Post ${id}: a ${facet.type} facet at bytes ${start}–${end} overlaps another or lies outside the text.`,
      );
      continue;
    }
    if (cutsCharacter(bytes, start) || cutsCharacter(bytes, end)) {
      warnings.push(`Post ${id}: a ${facet.type} facet at bytes ${start}–${end} cuts a character in two.`);
      continue;
    }
    pushText(segments, slice(cursor, start));
    pushLink(segments, facet.type, slice(start, end), facet.href);
    cursor = end;
  }
  pushText(segments, slice(cursor, bytes.length));
  return segments;
}

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

export function facetSegments(text: string, facets: unknown, warnings: string[], id: string): TweetSegment[] {
  const bytes = encoder.encode(text);
  const slice = (from: number, to: number) => decoder.decode(bytes.subarray(from, to));
  const list = asArray(facets)
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

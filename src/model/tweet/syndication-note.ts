/**
 * X's Community Note on a syndication payload, `birdwatch_pivot`: the note's
 * text (`subtitle.text`, its links as `entities` with `fromIndex`/`toIndex`
 * code-point ranges and `ref.url`), the heading X shows above it (`title`,
 * `shorttitle`) and the note's page (`destinationUrl`, or the
 * `callToAction`'s). No public recording of it exists; the shape is the one
 * open-source X clients model (see tests/fixtures/community-note.json).
 */
import { asArray, asObject, asString, at } from '../shared/read.js';
import { safeHttpUrl } from '../shared/url-fast.js';
import { pushLink, pushText } from './segments.js';
import type { TweetNote, TweetSegment } from './types.js';

const MAX_NOTE = 10_000;

function noteSegments(text: string, entities: unknown, warnings: string[]): TweetSegment[] {
  const points = Array.from(text);
  const ranges = asArray(entities)
    .map((item) => {
      const entity = asObject(item);
      const from = entity?.fromIndex;
      const to = entity?.toIndex;
      const href = safeHttpUrl(at(entity, 'ref', 'url'));
      return Number.isInteger(from) && Number.isInteger(to) && href !== undefined
        ? { from: from as number, to: to as number, href }
        : undefined;
    })
    .filter((range) => range !== undefined)
    .sort((a, b) => a.from - b.from);
  const segments: TweetSegment[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.from < cursor || range.to <= range.from || range.to > points.length) {
      warnings.push(`Community Note: a link at ${range.from}–${range.to} lies outside its text.`);
      continue;
    }
    pushText(segments, points.slice(cursor, range.from).join(''));
    pushLink(segments, 'url', points.slice(range.from, range.to).join(''), range.href);
    cursor = range.to;
  }
  pushText(segments, points.slice(cursor).join(''));
  return segments;
}

/** The note X shows under the tweet, or undefined when the payload has none (or none we can link to). */
export function readCommunityNote(value: unknown, warnings: string[]): TweetNote | undefined {
  const pivot = asObject(value);
  if (pivot === undefined) return undefined;
  const url = safeHttpUrl(pivot.destinationUrl) ?? safeHttpUrl(at(pivot, 'callToAction', 'destinationUrl'));
  const text = asString(at(pivot, 'subtitle', 'text'));
  if (url === undefined || text === undefined || text.trim() === '' || text.length > MAX_NOTE) {
    warnings.push('Community Note: left out, it has no text or no link to the note.');
    return undefined;
  }
  const note: TweetNote = { body: noteSegments(text, at(pivot, 'subtitle', 'entities'), warnings), url };
  const title = asString(pivot.title)?.trim() || asString(pivot.shorttitle)?.trim();
  if (title) note.title = title.slice(0, 200);
  const id = asString(at(pivot, 'note', 'rest_id'));
  if (id !== undefined && /^[0-9]{1,20}$/.test(id)) note.id = id;
  return note;
}

/**
 * X's syndication JSON (the `tweet-result` payload react-tweet reads) → Tweet.
 *
 * X leaves entity lists out, sends unknown fields, and counts entity indices
 * in code points of the still HTML-escaped text, so we slice by code point
 * first and decode entities only afterwards. The input is only ever read.
 */

import { decodeEntities } from '../shared/html.js';
import { asArray, asCount, asDimension, asObject, asString, at, type JsonObject, toIsoDate } from '../shared/read.js';
import { fail, ok, type ParseResult } from '../shared/result.js';
import { safeHttpUrl } from '../shared/url.js';
import {
  cashtagUrl,
  cleanLang,
  dirForLang,
  hashtagUrl,
  isHandle,
  parseStatusUrl,
  profileUrl,
  statusUrl,
} from './links.js';
import { type LinkKind, pushLink, pushText } from './segments.js';
import { isTweetId, snowflakeToIso } from './snowflake.js';
import type {
  Tweet,
  TweetAuthor,
  TweetCard,
  TweetCounts,
  TweetMedia,
  TweetPoll,
  TweetSegment,
  TweetVideoSource,
} from './types.js';

// Quotes of replies of quotes… X itself nests at most two levels.
const MAX_DEPTH = 3;

export function parseSyndicationTweet(json: unknown): ParseResult<Tweet> {
  try {
    const warnings: string[] = [];
    const result = readTweet(json, 0, warnings);
    return result.ok ? ok(result.value, warnings) : result;
  } catch (error) {
    // Only a hostile object (a throwing getter or Proxy) gets here; stay total.
    return fail('invalid-payload', `The tweet payload could not be read: ${String(error)}`);
  }
}

function readTweet(json: unknown, depth: number, warnings: string[]): ParseResult<Tweet> {
  const payload = asObject(json);
  if (payload === undefined) {
    return fail('invalid-payload', `Expected a tweet object from X's syndication API, got ${describe(json)}.`);
  }
  if (payload.__typename === 'TweetTombstone' || asObject(payload.tombstone) !== undefined) {
    const reason = asString(at(payload, 'tombstone', 'text', 'text'));
    return fail(
      'unavailable',
      `X no longer shows this tweet${reason ? ` ("${reason}")` : ''}; render a fallback instead of the tweet.`,
    );
  }
  if (Object.keys(payload).length === 0) {
    return fail('invalid-payload', 'The tweet payload is an empty object: X returns {} for ids it cannot find.');
  }
  const id = payload.id_str;
  if (!isTweetId(id)) {
    return fail('invalid-payload', 'The tweet payload has no `id_str` of digits; is this a syndication tweet-result?');
  }
  const author = readAuthor(payload.user);
  if (author === undefined) {
    return fail('invalid-payload', `Tweet ${id} has no usable \`user\` (name and screen_name are required).`);
  }
  const rawText = asString(payload.text);
  if (rawText === undefined) {
    return fail('invalid-payload', `Tweet ${id} has no \`text\` string.`);
  }

  const tweet: Tweet = {
    id,
    author,
    body: [],
    media: readMedia(payload),
    source: 'syndication',
  };
  const url = statusUrl(author.handle, id);
  if (url !== undefined) tweet.url = url;
  const createdAt = toIsoDate(payload.created_at) ?? snowflakeToIso(id);
  if (createdAt !== undefined) tweet.createdAt = createdAt;
  const lang = cleanLang(payload.lang);
  if (lang !== undefined) tweet.lang = lang;
  tweet.dir = dirForLang(lang);

  const note = readNoteTweet(payload.note_tweet);
  if (note !== undefined) {
    tweet.body = buildSegments(note.text, undefined, note.entities, id, warnings);
  } else {
    tweet.body = buildSegments(rawText, payload.display_text_range, payload.entities, id, warnings);
    // A note tweet whose full text the payload doesn't carry: `text` is only its opening.
    if (asObject(payload.note_tweet) !== undefined) tweet.truncated = true;
  }

  if (depth < MAX_DEPTH) {
    const quoted = readNested(payload.quoted_tweet, 'quoted', id, depth, warnings);
    if (quoted !== undefined) {
      tweet.quoted = quoted;
      dropQuoteLink(tweet.body, quoted.id);
    }
    const parent = readNested(payload.parent, 'parent', id, depth, warnings);
    if (parent !== undefined) tweet.parent = parent;
  }

  const replyHandle = asString(payload.in_reply_to_screen_name);
  if (replyHandle !== undefined && isHandle(replyHandle)) {
    const replyId = asString(payload.in_reply_to_status_id_str) ?? '';
    tweet.inReplyTo = { handle: replyHandle, url: statusUrl(replyHandle, replyId) ?? profileUrl(replyHandle) };
  }

  readCard(payload, tweet, warnings);
  const counts = readCounts(payload);
  if (counts !== undefined) tweet.counts = counts;
  return ok(tweet);
}

function readNested(
  value: unknown,
  role: 'quoted' | 'parent',
  id: string,
  depth: number,
  warnings: string[],
): Tweet | undefined {
  if (value === undefined || value === null) return undefined;
  const nested = readTweet(value, depth + 1, warnings);
  if (nested.ok) return nested.value;
  warnings.push(`Tweet ${id}: its ${role} tweet was left out (${nested.error.message})`);
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function readAuthor(value: unknown): TweetAuthor | undefined {
  const user = asObject(value);
  if (user === undefined) return undefined;
  const handle = asString(user.screen_name);
  if (handle === undefined || !isHandle(handle)) return undefined;
  const name = asString(user.name)?.trim() || handle;
  const author: TweetAuthor = { name, handle, url: profileUrl(handle) };
  const avatarUrl = safeHttpUrl(user.profile_image_url_https);
  if (avatarUrl !== undefined) author.avatarUrl = avatarUrl;
  const shape = asString(user.profile_image_shape)?.toLowerCase();
  if (shape === 'circle' || shape === 'square') author.avatarShape = shape;

  const verifiedType = asString(user.verified_type)?.toLowerCase();
  if (verifiedType === 'business' || verifiedType === 'government') author.verified = verifiedType;
  else if (user.is_blue_verified === true || user.verified === true) author.verified = 'blue';

  const label = asObject(user.highlighted_label);
  const description = asString(label?.description)?.trim();
  if (label !== undefined && description) {
    const affiliate: NonNullable<TweetAuthor['affiliate']> = { label: description };
    const labelUrl = safeHttpUrl(at(label, 'url', 'url') ?? label.url);
    if (labelUrl !== undefined) affiliate.url = labelUrl;
    const badgeUrl = safeHttpUrl(at(label, 'badge', 'url'));
    if (badgeUrl !== undefined) affiliate.badgeUrl = badgeUrl;
    author.affiliate = affiliate;
  }
  return author;
}

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

function buildSegments(
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
function dropQuoteLink(body: TweetSegment[], quotedId: string | undefined): void {
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

function readNoteTweet(value: unknown): { text: string; entities: unknown } | undefined {
  // Seen both flat and in GraphQL's `note_tweet_results.result` wrapping.
  for (const candidate of [value, at(value, 'note_tweet_results', 'result')]) {
    const text = asString(at(candidate, 'text'));
    if (text) return { text, entities: at(candidate, 'entity_set') ?? at(candidate, 'entities') };
  }
  return undefined;
}

function readMedia(payload: JsonObject): TweetMedia[] {
  const media: TweetMedia[] = [];
  for (const item of asArray(payload.mediaDetails)) {
    const detail = asObject(item);
    if (detail === undefined) continue;
    const kind = asString(detail.type);
    const url = safeHttpUrl(detail.media_url_https);
    if (url === undefined) continue;
    const width = asDimension(at(detail, 'original_info', 'width')) ?? asDimension(at(detail, 'sizes', 'large', 'w'));
    const height = asDimension(at(detail, 'original_info', 'height')) ?? asDimension(at(detail, 'sizes', 'large', 'h'));
    const alt = asString(detail.ext_alt_text);
    if (kind === 'photo') {
      media.push({ type: 'photo', url, width: width ?? 1, height: height ?? 1, ...(alt ? { alt } : {}) });
      continue;
    }
    if (kind !== 'video' && kind !== 'animated_gif') continue;
    const sources = readSources(asArray(at(detail, 'video_info', 'variants')), 'url', 'content_type');
    if (sources.length === 0) continue;
    const duration = asCount(at(detail, 'video_info', 'duration_millis'));
    media.push({
      type: kind === 'animated_gif' ? 'gif' : 'video',
      poster: url,
      width: width ?? 16,
      height: height ?? 9,
      sources,
      ...(kind === 'animated_gif' ? { loop: true } : {}),
      ...(alt ? { alt } : {}),
      ...(duration ? { durationMs: duration } : {}),
    });
  }
  if (media.length > 0) return media;

  // Older payloads carry only the simplified `photos` / `video` fields.
  for (const item of asArray(payload.photos)) {
    const photo = asObject(item);
    const url = safeHttpUrl(photo?.url);
    if (photo === undefined || url === undefined) continue;
    const alt = asString(photo.accessibilityLabel);
    media.push({
      type: 'photo',
      url,
      width: asDimension(photo.width) ?? 1,
      height: asDimension(photo.height) ?? 1,
      ...(alt ? { alt } : {}),
    });
  }
  const video = asObject(payload.video);
  const poster = safeHttpUrl(video?.poster);
  if (video !== undefined && poster !== undefined) {
    const sources = readSources(asArray(video.variants), 'src', 'type');
    const ratio = asArray(video.aspectRatio);
    const gif = video.contentType === 'gif';
    const duration = asCount(video.durationMs);
    if (sources.length > 0) {
      media.push({
        type: gif ? 'gif' : 'video',
        poster,
        width: asDimension(ratio[0]) ?? 16,
        height: asDimension(ratio[1]) ?? 9,
        sources,
        ...(gif ? { loop: true } : {}),
        ...(duration ? { durationMs: duration } : {}),
      });
    }
  }
  return media;
}

function readSources(variants: readonly unknown[], urlKey: string, typeKey: string): TweetVideoSource[] {
  const sources: TweetVideoSource[] = [];
  for (const item of variants) {
    const variant = asObject(item);
    const url = safeHttpUrl(variant?.[urlKey]);
    const type = asString(variant?.[typeKey]);
    if (url === undefined || type === undefined) continue;
    const bitrate = asCount(variant?.bitrate);
    sources.push(bitrate === undefined ? { url, type } : { url, type, bitrate });
  }
  // Highest bitrate first; streams without one (HLS playlists) last.
  return sources.sort((a, b) => (b.bitrate ?? -1) - (a.bitrate ?? -1));
}

function binding(values: JsonObject | undefined, key: string): JsonObject | undefined {
  return asObject(values?.[key]);
}

function bindingString(values: JsonObject | undefined, key: string): string | undefined {
  return asString(binding(values, key)?.string_value);
}

function readCard(payload: JsonObject, tweet: Tweet, warnings: string[]): void {
  const card = asObject(payload.card);
  if (card === undefined) return;
  const name = asString(card.name) ?? '';
  const values = asObject(card.binding_values);
  const poll = /^poll([2-4])choice_text_only$/.exec(name);
  if (poll !== null) {
    const parsed = readPoll(values, Number(poll[1]));
    if (parsed !== undefined) tweet.poll = parsed;
    else warnings.push(`Tweet ${tweet.id ?? ''}: its poll card has no readable choices.`);
    return;
  }
  if (name !== 'summary' && name !== 'summary_large_image') {
    warnings.push(`Tweet ${tweet.id ?? ''}: card type "${name}" isn't supported and was left out.`);
    return;
  }
  const shortUrl = asString(card.url) ?? bindingString(values, 'card_url');
  // The card points at a t.co link; the matching url entity knows where it really goes.
  const expanded = asArray(at(payload, 'entities', 'urls'))
    .map(asObject)
    .find((entity) => entity !== undefined && entity.url === shortUrl)?.expanded_url;
  const url = safeHttpUrl(expanded) ?? safeHttpUrl(shortUrl);
  if (url === undefined) return;
  const large = name === 'summary_large_image';
  const result: TweetCard = { url, layout: large ? 'large' : 'summary' };
  const title = bindingString(values, 'title');
  if (title) result.title = decodeEntities(title);
  const description = bindingString(values, 'description');
  if (description) result.description = decodeEntities(description);
  const domain = bindingString(values, 'vanity_url') ?? bindingString(values, 'domain');
  if (domain) result.domain = domain;
  const imageKeys = large
    ? ['summary_photo_image_large', 'summary_photo_image', 'photo_image_full_size_large', 'thumbnail_image_large']
    : ['thumbnail_image_large', 'thumbnail_image', 'summary_photo_image'];
  for (const key of imageKeys) {
    const image = asObject(binding(values, key)?.image_value);
    const imageUrl = safeHttpUrl(image?.url);
    if (image === undefined || imageUrl === undefined) continue;
    const alt = asString(image.alt) ?? bindingString(values, 'summary_photo_image_alt_text');
    const width = asDimension(image.width);
    const height = asDimension(image.height);
    result.image = {
      url: imageUrl,
      ...(alt ? { alt } : {}),
      ...(width ? { width } : {}),
      ...(height ? { height } : {}),
    };
    break;
  }
  tweet.card = result;
}

function readPoll(values: JsonObject | undefined, count: number): TweetPoll | undefined {
  const choices: TweetPoll['choices'] = [];
  for (let index = 1; index <= count; index += 1) {
    const label = bindingString(values, `choice${index}_label`);
    if (!label) continue;
    choices.push({ label: decodeEntities(label), count: asCount(bindingString(values, `choice${index}_count`)) ?? 0 });
  }
  if (choices.length === 0) return undefined;
  const poll: TweetPoll = {
    choices,
    total: choices.reduce((sum, choice) => sum + choice.count, 0),
    ended: false,
  };
  const endsAt = toIsoDate(bindingString(values, 'end_datetime_utc'));
  if (endsAt !== undefined) poll.endsAt = endsAt;
  poll.ended =
    binding(values, 'counts_are_final')?.boolean_value === true ||
    (endsAt !== undefined && Date.parse(endsAt) <= Date.now());
  return poll;
}

function readCounts(payload: JsonObject): TweetCounts | undefined {
  const counts: TweetCounts = {};
  const replies = asCount(payload.conversation_count) ?? asCount(payload.reply_count);
  if (replies !== undefined) counts.replies = replies;
  const reposts = asCount(payload.retweet_count);
  if (reposts !== undefined) counts.reposts = reposts;
  const likes = asCount(payload.favorite_count);
  if (likes !== undefined) counts.likes = likes;
  const quotes = asCount(payload.quote_count);
  if (quotes !== undefined) counts.quotes = quotes;
  const views = asCount(at(payload, 'views', 'count'));
  if (views !== undefined) counts.views = views;
  return Object.keys(counts).length > 0 ? counts : undefined;
}

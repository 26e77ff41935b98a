/**
 * X's syndication JSON (the `tweet-result` payload react-tweet reads) → Tweet.
 *
 * X leaves entity lists out and sends unknown fields; the input is only ever
 * read. The text, media and card readers live beside this file.
 */

import { cleanLang, contentDir } from '../../i18n/language.js';
import { asCount, asObject, asString, at, type JsonObject, readingInput, toIsoDate } from '../shared/read.js';
import { describeError, fail, ok, type ParseResult } from '../shared/result.js';
import { safeHttpUrl, safeImageUrl } from '../shared/url-fast.js';
import { isHandle, profileUrl, statusUrl } from './links.js';
import { isTweetId, snowflakeToIso } from './snowflake.js';
import { readCard } from './syndication-card.js';
import { readMedia } from './syndication-media.js';
import { readCommunityNote } from './syndication-note.js';
import { buildSegments, dropQuoteLink, readNoteTweet } from './syndication-text.js';
import type { Tweet, TweetAuthor, TweetCounts } from './types.js';

/**
 * Why a syndication payload is not a tweet. `deleted`, `protected` and
 * `unavailable` are X's tombstones (see `tombstoneCode`); `invalid-payload`
 * is anything else that isn't a tweet (including the `{}` X sends for unknown ids).
 */
export type SyndicationErrorCode = 'invalid-payload' | 'deleted' | 'protected' | 'unavailable';

export interface SyndicationOptions {
  /**
   * The time (ms since 1970) to judge an open poll against: a poll whose end
   * has passed by then is `ended`. Without it only X's own `counts_are_final`
   * ends a poll, so one payload always parses to the same tweet.
   */
  now?: number;
}

// Quotes of replies of quotes… X itself nests at most two levels.
const MAX_DEPTH = 3;

export function parseSyndicationTweet(
  json: unknown,
  options?: SyndicationOptions,
): ParseResult<Tweet, SyndicationErrorCode> {
  try {
    const warnings: string[] = [];
    const now = typeof options?.now === 'number' && Number.isFinite(options.now) ? options.now : undefined;
    const result = readingInput(() => readTweet(json, 0, { warnings, now }));
    return result.ok ? ok(result.value, warnings) : result;
  } catch (error) {
    // Only a hostile object (a throwing getter or Proxy) gets here; stay total.
    return fail('invalid-payload', `The tweet payload could not be read: ${describeError(error)}`);
  }
}

interface Read {
  warnings: string[];
  now: number | undefined;
}

function readTweet(json: unknown, depth: number, read: Read): ParseResult<Tweet, SyndicationErrorCode> {
  const { warnings } = read;
  const payload = asObject(json);
  if (payload === undefined) {
    return fail('invalid-payload', `Expected a tweet object from X's syndication API, got ${describe(json)}.`);
  }
  if (payload.__typename === 'TweetTombstone' || asObject(payload.tombstone) !== undefined) {
    const reason = asString(at(payload, 'tombstone', 'text', 'text'));
    return fail(
      tombstoneCode(reason),
      `X no longer shows this tweet${reason ? ` ("${reason.slice(0, 200)}")` : ''}; render a fallback instead of the tweet.`,
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
  tweet.dir = contentDir(lang);

  const note = readNoteTweet(payload.note_tweet);
  if (note !== undefined) {
    tweet.body = buildSegments(note.text, undefined, note.entities, id, warnings);
  } else {
    tweet.body = buildSegments(rawText, payload.display_text_range, payload.entities, id, warnings);
    // A note tweet whose full text the payload doesn't carry: `text` is only its opening.
    if (asObject(payload.note_tweet) !== undefined) tweet.truncated = true;
  }

  if (depth < MAX_DEPTH) {
    const quoted = readNested(payload.quoted_tweet, 'quoted', id, depth, read);
    if (quoted !== undefined) {
      tweet.quoted = quoted;
      dropQuoteLink(tweet.body, quoted.id);
    }
    const parent = readNested(payload.parent, 'parent', id, depth, read);
    if (parent !== undefined) tweet.parent = parent;
  }

  const replyHandle = asString(payload.in_reply_to_screen_name);
  if (replyHandle !== undefined && isHandle(replyHandle)) {
    const replyId = asString(payload.in_reply_to_status_id_str) ?? '';
    tweet.inReplyTo = { handle: replyHandle, url: statusUrl(replyHandle, replyId) ?? profileUrl(replyHandle) };
  }

  readCard(payload, tweet, warnings, read.now);
  const communityNote = readCommunityNote(payload.birdwatch_pivot, warnings);
  if (communityNote !== undefined) tweet.note = communityNote;
  const counts = readCounts(payload);
  if (counts !== undefined) tweet.counts = counts;
  return ok(tweet);
}

function readNested(
  value: unknown,
  role: 'quoted' | 'parent',
  id: string,
  depth: number,
  read: Read,
): Tweet | undefined {
  if (value === undefined || value === null) return undefined;
  const nested = readTweet(value, depth + 1, read);
  if (nested.ok) return nested.value;
  read.warnings.push(`Tweet ${id}: its ${role} tweet was left out (${nested.error.message})`);
  return undefined;
}

/**
 * What kind of tombstone X sent, from its text: X writes the reason only in
 * words ("This Post was deleted by the Post author", "…this account owner
 * limits who can view their Posts"). `fetchTweet` asks for English (`lang=en`);
 * a text in another language, or a reason not listed here (suspended accounts,
 * withheld or rule-breaking posts), stays `unavailable`.
 */
function tombstoneCode(text: string | undefined): SyndicationErrorCode {
  if (text === undefined) return 'unavailable';
  if (/\blimits who can view\b|\bprotected\b|\bprivate\b/i.test(text)) return 'protected';
  if (/\bdeleted\b|\bno longer exists\b/i.test(text)) return 'deleted';
  return 'unavailable';
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
  const avatarUrl = safeImageUrl(user.profile_image_url_https);
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
    const badgeUrl = safeImageUrl(at(label, 'badge', 'url'));
    if (badgeUrl !== undefined) affiliate.badgeUrl = badgeUrl;
    author.affiliate = affiliate;
  }
  return author;
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

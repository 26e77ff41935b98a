/**
 * A Mastodon-API status (`/api/v1/statuses/:id`; Pleroma, Akkoma and other
 * servers speak the same shape) → the one post model (`Tweet` with
 * `network: 'mastodon'`). A boost is the boosted status with `repostedBy`.
 */
import { cleanLang, contentDir } from '../../i18n/language.js';
import { asArray, asObject, asString, type JsonObject, readCounts, readingInput, toIsoDate } from '../shared/read.js';
import { fail, ok, type ParseResult } from '../shared/result.js';
import { safeHttpUrl, safeImageUrl } from '../shared/url-fast.js';
import type { Tweet, TweetAuthor } from '../tweet/types.js';
import { contentSegments, type EmojiMap, pushWithEmoji, readEmojis } from './content.js';
import { readAttachments, readCard, readPoll } from './media.js';

/** Why JSON is not a status: not one at all, or the server's `{ "error": "Record not found" }`. */
export type MastodonErrorCode = 'invalid-payload' | 'not-found';

export const MAX_CONTENT = 500_000;
const MAX_DEPTH = 2;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const USERNAME = /^[\p{L}\p{N}_.-]{1,100}$/u;
const DOMAIN = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)*[A-Za-z0-9-]{1,63}$/;

interface Read {
  warnings: string[];
}

function hostOf(url: string | undefined): string | undefined {
  return url === undefined ? undefined : new URL(url).hostname;
}

export function readAccount(value: unknown): TweetAuthor | undefined {
  const account = asObject(value);
  const username = asString(account?.username);
  const url = safeHttpUrl(account?.url);
  if (account === undefined || username === undefined || !USERNAME.test(username) || url === undefined)
    return undefined;
  // `acct` is `user` on the account's own server and `user@domain` elsewhere.
  const domain = asString(account.acct)?.split('@')[1] ?? hostOf(url);
  const name = asString(account.display_name)?.trim() || username;
  const author: TweetAuthor = { name, handle: username, url };
  if (domain !== undefined && DOMAIN.test(domain)) author.instance = domain.toLowerCase();
  const avatar = safeImageUrl(account.avatar_static) ?? safeImageUrl(account.avatar);
  if (avatar !== undefined) author.avatarUrl = avatar;
  const emojis = readEmojis(account.emojis);
  if (emojis.size > 0 && name.includes(':')) {
    const segments: Tweet['body'] = [];
    pushWithEmoji(segments, name, emojis);
    if (segments.some((segment) => segment.type === 'text' && segment.emoji !== undefined)) {
      author.nameSegments = segments;
      // The plain name reads the shortcodes out; without them it reads as the person wrote it.
      author.name =
        segments
          .map((s) => (s.type === 'text' && s.emoji ? '' : s.text))
          .join('')
          .trim() || username;
    }
  }
  return author;
}

const COUNT_FIELDS = [
  ['replies', 'replies_count'],
  ['reposts', 'reblogs_count'],
  ['likes', 'favourites_count'],
  ['quotes', 'quotes_count'],
] as const;

/** Mastodon 4.5 wraps the quoted status (`{ state, quoted_status }`); Akkoma sends the status itself. */
function quotedStatus(status: JsonObject): JsonObject | undefined {
  const quote = asObject(status.quote) ?? asObject(asObject(status.pleroma)?.quote);
  if (quote === undefined) return undefined;
  const inner = asObject(quote.quoted_status);
  if (inner !== undefined) return quote.state === undefined || quote.state === 'accepted' ? inner : undefined;
  return asObject(quote.account) !== undefined ? quote : undefined;
}

function readStatus(json: unknown, depth: number, read: Read): ParseResult<Tweet, MastodonErrorCode> {
  const status = asObject(json);
  if (status === undefined) return fail('invalid-payload', 'Expected a Mastodon status object.');
  if (typeof status.error === 'string' && status.id === undefined) {
    return fail('not-found', `The server answered "${status.error.slice(0, 100)}" instead of a status.`);
  }
  const boosted = asObject(status.reblog);
  if (boosted !== undefined && depth === 0) {
    const inner = readStatus(boosted, depth, read);
    if (!inner.ok) return inner;
    const booster = readAccount(status.account);
    if (booster !== undefined) inner.value.repostedBy = booster;
    return inner;
  }
  const id = asString(status.id);
  if (id === undefined || !ID.test(id)) return fail('invalid-payload', 'The status has no usable `id`.');
  const author = readAccount(status.account);
  if (author === undefined) return fail('invalid-payload', `Status ${id} has no account with a username and URL.`);
  const content = asString(status.content) ?? '';
  if (content.length > MAX_CONTENT)
    return fail('invalid-payload', `Status ${id} has ${content.length} characters of content.`);

  const emojis: EmojiMap = readEmojis(status.emojis);
  const quoted = depth < MAX_DEPTH ? quotedStatus(status) : undefined;
  const post: Tweet = {
    id,
    network: 'mastodon',
    author,
    body: contentSegments(content, emojis, quoted !== undefined),
    media: [],
    source: 'syndication',
  };
  const url = safeHttpUrl(status.url) ?? safeHttpUrl(status.uri);
  if (url !== undefined) post.url = url;
  const createdAt = toIsoDate(status.created_at);
  if (createdAt !== undefined) post.createdAt = createdAt;
  const editedAt = toIsoDate(status.edited_at);
  if (editedAt !== undefined) post.editedAt = editedAt;
  const lang = cleanLang(status.language);
  if (lang !== undefined) post.lang = lang;
  post.dir = contentDir(lang);

  const spoiler = asString(status.spoiler_text)?.trim();
  if (spoiler) post.contentWarning = { text: spoiler };
  else if (status.sensitive === true && asArray(status.media_attachments).length > 0) {
    post.contentWarning = { labels: ['sensitive'] };
  }
  readAttachments(status, post, read.warnings);
  const card = readCard(status.card);
  if (card !== undefined) post.card = card;
  const poll = readPoll(status.poll);
  if (poll !== undefined) post.poll = poll;
  if (quoted !== undefined) {
    const inner = readStatus(quoted, depth + 1, read);
    if (inner.ok) post.quoted = inner.value;
    else read.warnings.push(`Status ${id}: its quoted status was left out (${inner.error.message})`);
  }
  readReply(status, post);
  const counts = readCounts(status, COUNT_FIELDS);
  if (counts !== undefined) post.counts = counts;
  return ok(post);
}

/** Who a reply answers: the mentioned account whose id it names (or the author, for a thread). */
function readReply(status: JsonObject, post: Tweet): void {
  const accountId = asString(status.in_reply_to_account_id);
  if (asString(status.in_reply_to_id) === undefined || accountId === undefined) return;
  if (accountId === asString(asObject(status.account)?.id)) {
    post.inReplyTo = {
      handle: `${post.author.handle}${post.author.instance ? `@${post.author.instance}` : ''}`,
      url: post.author.url,
    };
    return;
  }
  const mention = asArray(status.mentions)
    .map(asObject)
    .find((item) => item !== undefined && item.id === accountId);
  const acct = asString(mention?.acct);
  const url = safeHttpUrl(mention?.url);
  if (acct !== undefined && url !== undefined && acct.length <= 300) post.inReplyTo = { handle: acct, url };
}

/** A status from the Mastodon API (a boost gives the boosted status, `repostedBy` its booster). */
export function parseMastodonStatus(json: unknown): ParseResult<Tweet, MastodonErrorCode> {
  try {
    const read: Read = { warnings: [] };
    const result = readingInput(() => readStatus(json, 0, read));
    return result.ok ? ok(result.value, read.warnings) : result;
  } catch (error) {
    // Only a hostile object (a throwing getter or Proxy) gets here; stay total.
    return fail('invalid-payload', `The status could not be read: ${String(error)}`);
  }
}

/**
 * Bluesky AppView JSON → the one post model (`Tweet` with `network: 'bluesky'`).
 * Reads a `postView`, a feed item (`feedViewPost`: reposts and reply context)
 * or a `getPostThread` answer (the post with its parent). Input is only read.
 */
import { cleanLang, contentDir } from '../../i18n/language.js';
import { asArray, asObject, asString, type JsonObject, readCounts, readingInput, toIsoDate } from '../shared/read.js';
import { fail, ok, type ParseResult } from '../shared/result.js';
import { safeImageUrl } from '../shared/url-fast.js';
import type { ContentLabel, Tweet, TweetAuthor } from '../tweet/types.js';
import { readEmbedView } from './embed-view.js';
import { facetSegments } from './facets.js';
import { blueskyProfileUrl, blueskyRecordUrl, isBlueskyHandle, isDid, parseAtUri } from './links.js';

/** Why Bluesky JSON is not a post: not one at all, or the AppView's `notFoundPost` / `blockedPost`. */
export type BlueskyErrorCode = 'invalid-payload' | 'not-found' | 'blocked';

// A quote inside a quote is shown; deeper ones are links on Bluesky too.
const MAX_DEPTH = 2;
export const MAX_TEXT = 100_000;

// Label values that hide a post behind a warning, as Bluesky's moderation service names them.
const WARNING_LABELS: Readonly<Record<string, ContentLabel>> = {
  sexual: 'sexual',
  nudity: 'nudity',
  porn: 'porn',
  'graphic-media': 'graphic-media',
  gore: 'graphic-media',
  '!warn': 'warn',
};

interface Read {
  warnings: string[];
}

function labelValues(...lists: unknown[]): string[] {
  const values: string[] = [];
  for (const list of lists) {
    for (const item of asArray(list)) {
      const label = asObject(item);
      const value = asString(label?.val);
      // `neg` takes a label back.
      if (value && value.length <= 128 && label?.neg !== true && !values.includes(value)) values.push(value);
    }
  }
  return values;
}

function readAuthor(value: unknown): TweetAuthor | undefined {
  const author = asObject(value);
  const did = author?.did;
  const handle = author?.handle;
  if (!isDid(did) && !isBlueskyHandle(handle)) return undefined;
  const shown = isBlueskyHandle(handle) ? handle : (did as string);
  const name = asString(author?.displayName)?.trim() || shown;
  const out: TweetAuthor = { name, handle: shown, url: blueskyProfileUrl(shown) };
  const avatar = safeImageUrl(author?.avatar);
  if (avatar !== undefined) out.avatarUrl = avatar;
  return out;
}

const COUNT_FIELDS = [
  ['replies', 'replyCount'],
  ['reposts', 'repostCount'],
  ['likes', 'likeCount'],
  ['quotes', 'quoteCount'],
] as const;

/**
 * One post from the parts every AppView shape has: `uri`, `author`, the
 * record (`record` in a postView, `value` in a quoted viewRecord) and the
 * hydrated embed (`embed`, or `embeds[0]`).
 */
function readPost(view: JsonObject, depth: number, read: Read): ParseResult<Tweet, BlueskyErrorCode> {
  const uri = parseAtUri(view.uri);
  if (uri === undefined || uri.collection !== 'app.bsky.feed.post') {
    return fail('invalid-payload', 'Expected a Bluesky post view with an at://…/app.bsky.feed.post/… `uri`.');
  }
  const author = readAuthor(view.author);
  if (author === undefined) return fail('invalid-payload', `Post ${uri.rkey} has no author with a DID or handle.`);
  const record = asObject(view.record) ?? asObject(view.value);
  const text = asString(record?.text);
  if (record === undefined || text === undefined || text.length > MAX_TEXT) {
    return fail('invalid-payload', `Post ${uri.rkey} has no record with a \`text\` string.`);
  }
  const post: Tweet = {
    id: uri.rkey,
    network: 'bluesky',
    author,
    body: facetSegments(text, record.facets, read.warnings, uri.rkey),
    media: [],
    source: 'syndication',
  };
  const url = blueskyRecordUrl(uri, author.handle);
  if (url !== undefined) post.url = url;
  const createdAt = toIsoDate(record.createdAt) ?? toIsoDate(view.indexedAt);
  if (createdAt !== undefined) post.createdAt = createdAt;
  const lang = cleanLang(asArray(record.langs)[0]);
  if (lang !== undefined) post.lang = lang;
  post.dir = contentDir(lang);

  const embed = view.embed ?? asArray(view.embeds)[0];
  const quote = (inner: JsonObject) => {
    if (depth >= MAX_DEPTH) return undefined;
    const quoted = readPost(inner, depth + 1, read);
    if (quoted.ok) return quoted.value;
    read.warnings.push(`Post ${uri.rkey}: its quoted post was left out (${quoted.error.message})`);
    return undefined;
  };
  if (embed !== undefined) readEmbedView(embed, post, quote, read.warnings);

  const selfLabels = asObject(record.labels)?.values;
  const labels = labelValues(view.labels, selfLabels, asObject(view.author)?.labels);
  if (labels.length > 0) post.labels = labels;
  const warn = labelValues(view.labels, selfLabels)
    // Own keys only: a label value `constructor` or `__proto__` must not find Object's.
    .map((value) => (Object.hasOwn(WARNING_LABELS, value) ? WARNING_LABELS[value] : undefined))
    .filter((label): label is ContentLabel => label !== undefined);
  if (warn.length > 0) post.contentWarning = { labels: [...new Set(warn)] };
  if (labels.includes('!no-unauthenticated')) {
    read.warnings.push(
      `Post ${uri.rkey}: its author asked Bluesky not to show their posts to logged-out readers (!no-unauthenticated).`,
    );
  }
  const counts = readCounts(view, COUNT_FIELDS);
  if (counts !== undefined) post.counts = counts;
  return ok(post);
}

function withParent(post: Tweet, parentView: unknown, read: Read): void {
  const parent = asObject(parentView);
  if (parent === undefined) return;
  // A thread nests the post in `post`; a feed item's reply context is the post view itself.
  const view = asObject(parent.post) ?? parent;
  const kind = asString(view.$type) ?? '';
  if (/#(?:notFoundPost|blockedPost)$/.test(kind) || view.notFound === true || view.blocked === true) {
    read.warnings.push(`Post ${post.id ?? ''}: the post it replies to is not available.`);
    return;
  }
  const result = readPost(view, 1, read);
  if (!result.ok) {
    read.warnings.push(`Post ${post.id ?? ''}: the post it replies to was left out (${result.error.message})`);
    return;
  }
  post.parent = result.value;
  if (result.value.url !== undefined) post.inReplyTo = { handle: result.value.author.handle, url: result.value.url };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/**
 * A Bluesky post from the AppView's JSON: a `postView`, a feed item
 * (`{ post, reply?, reason? }`: a repost shows who reposted it) or a whole
 * `getPostThread` answer (`{ thread }`: the post, with its parent).
 */
export function parseBlueskyPost(json: unknown): ParseResult<Tweet, BlueskyErrorCode> {
  return readingInput(() => parseThread(json));
}

function parseThread(json: unknown): ParseResult<Tweet, BlueskyErrorCode> {
  try {
    const read: Read = { warnings: [] };
    const payload = asObject(json);
    if (payload === undefined) return fail('invalid-payload', `Expected Bluesky JSON, got ${describe(json)}.`);
    const thread = asObject(payload.thread);
    const root = thread ?? payload;
    const kind = asString(root.$type) ?? '';
    if (kind.endsWith('#notFoundPost') || root.notFound === true) {
      return fail('not-found', 'Bluesky answered that the post was not found (deleted, or never existed).');
    }
    if (kind.endsWith('#blockedPost') || root.blocked === true) {
      return fail('blocked', 'Bluesky withholds this post: its author blocks, or is blocked by, the viewer.');
    }
    const view = asObject(root.post) ?? root;
    const result = readPost(view, 0, read);
    if (!result.ok) return result;
    const post = result.value;
    // A thread's parent, or a feed item's reply context.
    withParent(post, thread ? thread.parent : asObject(payload.reply)?.parent, read);
    const reason = asObject(payload.reason);
    if (asString(reason?.$type) === 'app.bsky.feed.defs#reasonRepost') {
      const by = readAuthor(reason?.by);
      if (by !== undefined) post.repostedBy = by;
    }
    return ok(post, read.warnings);
  } catch (error) {
    // Only a hostile object (a throwing getter or Proxy) gets here; stay total.
    return fail('invalid-payload', `The Bluesky JSON could not be read: ${String(error)}`);
  }
}

/**
 * What the AppView hydrates a post's embed into (`…#view`): images, a link
 * card, a quoted record, media with a quote, a video. Video becomes its
 * poster and HLS playlist link: no player script.
 */
import { asArray, asDimension, asObject, asString, type JsonObject } from '../shared/read.js';
// Media over http would be mixed content on an https page: images, posters and videos are https, as X's are.
import { safeHttpUrl, safeImageUrl } from '../shared/url-fast.js';
import type { Tweet, TweetCard, TweetMedia } from '../tweet/types.js';
import { blueskyRecordUrl, parseAtUri } from './links.js';

/** Reads a quoted post (a `viewRecord`) back through the post reader, one level deeper. */
export type QuoteReader = (record: JsonObject) => Tweet | undefined;

function ratio(value: unknown): { width: number; height: number } | undefined {
  const aspect = asObject(value);
  const width = asDimension(aspect?.width);
  const height = asDimension(aspect?.height);
  return width && height ? { width, height } : undefined;
}

function images(view: JsonObject): TweetMedia[] {
  const media: TweetMedia[] = [];
  for (const item of asArray(view.images).slice(0, 4)) {
    const image = asObject(item);
    const url = safeImageUrl(image?.fullsize) ?? safeImageUrl(image?.thumb);
    if (image === undefined || url === undefined) continue;
    // Without a recorded ratio Bluesky's own app shows the image square.
    const size = ratio(image.aspectRatio) ?? { width: 1, height: 1 };
    const alt = asString(image.alt)?.trim();
    media.push({ type: 'photo', url, ...size, ...(alt ? { alt } : {}) });
  }
  return media;
}

function video(view: JsonObject): TweetMedia[] {
  const playlist = safeImageUrl(view.playlist);
  const poster = safeImageUrl(view.thumbnail);
  if (playlist === undefined || poster === undefined) return [];
  const size = ratio(view.aspectRatio) ?? { width: 16, height: 9 };
  const alt = asString(view.alt)?.trim();
  return [
    {
      type: 'video',
      poster,
      ...size,
      sources: [{ url: playlist, type: 'application/x-mpegURL' }],
      ...(alt ? { alt } : {}),
    },
  ];
}

function external(view: JsonObject): TweetCard | undefined {
  const link = asObject(view.external);
  const url = safeHttpUrl(link?.uri);
  if (link === undefined || url === undefined) return undefined;
  const thumb = safeImageUrl(link.thumb);
  const card: TweetCard = { url, layout: thumb ? 'large' : 'summary', domain: new URL(url).hostname };
  const title = asString(link.title)?.trim();
  if (title) card.title = title;
  const description = asString(link.description)?.trim();
  if (description) card.description = description;
  // The AppView's thumbnails are 1.91:1 link previews.
  if (thumb) card.image = { url: thumb, width: 1200, height: 628 };
  return card;
}

/** A list, feed or starter pack a post points to: a link card to its page. */
function graphCard(record: JsonObject): TweetCard | undefined {
  const uri = parseAtUri(record.uri);
  const creator = asObject(record.creator);
  const handle = asString(creator?.handle);
  const url = uri && safeHttpUrl(blueskyRecordUrl(uri, handle && handle !== 'handle.invalid' ? handle : undefined));
  if (url === undefined) return undefined;
  const inner = asObject(record.record);
  const title = (asString(record.name) ?? asString(record.displayName) ?? asString(inner?.name))?.trim();
  const description = (asString(record.description) ?? asString(inner?.description))?.trim();
  const card: TweetCard = { url, layout: 'summary', domain: 'bsky.app' };
  if (title) card.title = title;
  if (description) card.description = description;
  return card;
}

function record(view: JsonObject, post: Tweet, quote: QuoteReader, warnings: string[]): void {
  const inner = asObject(view.record);
  if (inner === undefined) return;
  const kind = asString(inner.$type) ?? '';
  if (kind === 'app.bsky.embed.record#viewRecord' || (kind === '' && asObject(inner.value) !== undefined)) {
    const quoted = quote(inner);
    if (quoted !== undefined) post.quoted = quoted;
    return;
  }
  if (/#view(?:NotFound|Blocked|Detached)$/.test(kind)) {
    warnings.push(`Post ${post.id ?? ''}: its quoted post is not available (${kind.split('#')[1]}).`);
    return;
  }
  const card = graphCard(inner);
  if (card !== undefined) post.card ??= card;
  else warnings.push(`Post ${post.id ?? ''}: an embedded record of type "${kind.slice(0, 80)}" was left out.`);
}

/** Fills `post`'s media, card and quote from an embed view. */
export function readEmbedView(value: unknown, post: Tweet, quote: QuoteReader, warnings: string[]): void {
  const view = asObject(value);
  if (view === undefined) return;
  const kind = asString(view.$type) ?? '';
  switch (kind) {
    case 'app.bsky.embed.images#view':
      post.media = images(view);
      return;
    case 'app.bsky.embed.video#view':
      post.media = video(view);
      return;
    case 'app.bsky.embed.external#view': {
      const card = external(view);
      if (card !== undefined) post.card = card;
      return;
    }
    case 'app.bsky.embed.record#view':
      record(view, post, quote, warnings);
      return;
    case 'app.bsky.embed.recordWithMedia#view':
      readEmbedView(view.media, post, quote, warnings);
      record(asObject(view.record) ?? {}, post, quote, warnings);
      return;
    default:
      warnings.push(`Post ${post.id ?? ''}: embed type "${kind.slice(0, 80)}" isn't supported and was left out.`);
  }
}

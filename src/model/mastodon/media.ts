/**
 * A status's attachments, card and poll: images, video and GIFs (`gifv`, an
 * MP4 that loops) as media, sound files as audio, the preview card as a link
 * card and the poll with its counts.
 */
import { asArray, asCount, asDimension, asObject, asString, type JsonObject, toIsoDate } from '../shared/read.js';
// Media over http would be mixed content on an https page: files, previews and card images are https, as X's are.
import { safeHttpUrl, safeImageUrl } from '../shared/url-fast.js';
import type { Tweet, TweetCard, TweetPoll } from '../tweet/types.js';

function size(meta: unknown): { width: number; height: number } | undefined {
  for (const key of ['original', 'small']) {
    const part = asObject(asObject(meta)?.[key]);
    const width = asDimension(part?.width);
    const height = asDimension(part?.height);
    if (width && height) return { width, height };
  }
  return undefined;
}

export function readAttachments(status: JsonObject, post: Tweet, warnings: string[]): void {
  for (const item of asArray(status.media_attachments)) {
    const media = asObject(item);
    if (media === undefined) continue;
    const kind = asString(media.type);
    // A remote server's original when this server has no copy.
    const url = safeImageUrl(media.url) ?? safeImageUrl(media.remote_url);
    const preview = safeImageUrl(media.preview_url) ?? safeImageUrl(media.preview_remote_url);
    const alt = asString(media.description)?.trim();
    const dimensions = size(media.meta);
    const seconds = asObject(asObject(media.meta)?.original)?.duration;
    const durationMs = typeof seconds === 'number' && seconds > 0 ? Math.round(seconds * 1000) : undefined;
    if (url === undefined) continue;
    if (kind === 'image') {
      post.media.push({ type: 'photo', url, ...(dimensions ?? { width: 1, height: 1 }), ...(alt ? { alt } : {}) });
    } else if ((kind === 'video' || kind === 'gifv') && preview !== undefined) {
      const gif = kind === 'gifv';
      post.media.push({
        type: gif ? 'gif' : 'video',
        poster: preview,
        ...(dimensions ?? { width: 16, height: 9 }),
        sources: [{ url, type: 'video/mp4' }],
        ...(gif ? { loop: true } : {}),
        ...(alt ? { alt } : {}),
        ...(durationMs ? { durationMs } : {}),
      });
    } else if (kind === 'audio') {
      post.audio ??= [];
      post.audio.push({ type: 'audio', url, ...(alt ? { alt } : {}), ...(durationMs ? { durationMs } : {}) });
    } else {
      warnings.push(`Status ${post.id ?? ''}: a "${String(kind).slice(0, 40)}" attachment was left out.`);
    }
  }
}

export function readCard(value: unknown): TweetCard | undefined {
  const card = asObject(value);
  const url = safeHttpUrl(card?.url);
  if (card === undefined || url === undefined) return undefined;
  const image = safeImageUrl(card.image);
  const width = asDimension(card.width);
  const height = asDimension(card.height);
  // Mastodon shows a wide preview for landscape images and video cards, a thumbnail otherwise.
  const large =
    image !== undefined && (card.type === 'video' || (width !== undefined && height !== undefined && width > height));
  const out: TweetCard = { url, layout: large ? 'large' : 'summary', domain: new URL(url).hostname };
  const title = asString(card.title)?.trim();
  if (title) out.title = title;
  const description = asString(card.description)?.trim();
  if (description) out.description = description;
  if (image !== undefined) {
    const alt = asString(card.image_description)?.trim();
    out.image = { url: image, ...(alt ? { alt } : {}), ...(width ? { width } : {}), ...(height ? { height } : {}) };
  }
  return out;
}

export function readPoll(value: unknown): TweetPoll | undefined {
  const poll = asObject(value);
  if (poll === undefined) return undefined;
  const choices: TweetPoll['choices'] = [];
  for (const item of asArray(poll.options)) {
    const option = asObject(item);
    const label = asString(option?.title)?.trim();
    if (label) choices.push({ label, count: asCount(option?.votes_count) ?? 0 });
  }
  if (choices.length === 0) return undefined;
  const out: TweetPoll = {
    choices,
    total: asCount(poll.votes_count) ?? choices.reduce((sum, choice) => sum + choice.count, 0),
    // The server's word: it knows its own clock.
    ended: poll.expired === true,
  };
  const endsAt = toIsoDate(poll.expires_at);
  if (endsAt !== undefined) out.endsAt = endsAt;
  return out;
}

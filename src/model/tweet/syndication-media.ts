/**
 * Photos, videos and GIFs of a syndication tweet: `mediaDetails` when X sends
 * it, else the older simplified `photos` / `video` fields. Every URL is https
 * only: an http image on an https page is mixed content.
 */
import { asArray, asCount, asDimension, asObject, asString, at, type JsonObject } from '../shared/read.js';
import { safeImageUrl } from '../shared/url-fast.js';
import type { TweetMedia, TweetVideoSource } from './types.js';

export function readMedia(payload: JsonObject): TweetMedia[] {
  const media: TweetMedia[] = [];
  for (const item of asArray(payload.mediaDetails)) {
    const detail = asObject(item);
    if (detail === undefined) continue;
    const kind = asString(detail.type);
    const url = safeImageUrl(detail.media_url_https);
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
    const url = safeImageUrl(photo?.url);
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
  const poster = safeImageUrl(video?.poster);
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
    const url = safeImageUrl(variant?.[urlKey]);
    const type = asString(variant?.[typeKey]);
    if (url === undefined || type === undefined) continue;
    const bitrate = asCount(variant?.bitrate);
    sources.push(bitrate === undefined ? { url, type } : { url, type, bitrate });
  }
  // Highest bitrate first; streams without one (HLS playlists) last.
  return sources.sort((a, b) => (b.bitrate ?? -1) - (a.bitrate ?? -1));
}

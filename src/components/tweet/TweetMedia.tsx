import { fillLabel } from '../../i18n/fill.js';
import type { TweetMedia as Media, TweetVideo } from '../../model/tweet/types.js';
import { formatCount } from '../format.js';
import { mediaImage, type TweetContext } from './context.js';

/** One source every browser plays without JS: the best MP4 at or under 2.2 Mbit/s (X's 720p), not the 10 Mbit/s original. */
function pickSource(video: TweetVideo) {
  const mp4 = video.sources.filter((s) => s.type === 'video/mp4');
  return mp4.find((s) => (s.bitrate ?? 0) <= 2_200_000) ?? mp4[mp4.length - 1] ?? video.sources[0];
}

/**
 * The caller's alt text for item `index` (by URL, or by position in the
 * tweet's own media), else the text X sent.
 */
function altOf(item: Media, index: number, ctx: TweetContext, own: boolean): string | undefined {
  const given = ctx.mediaAlt ?? {};
  const url = item.type === 'photo' ? item.url : item.poster;
  return Object.hasOwn(given, url) ? given[url] : own && Object.hasOwn(given, index) ? given[index] : item.alt;
}

function video(video: TweetVideo, alt: string | undefined, ctx: TweetContext, key: number) {
  const source = pickSource(video);
  const sourceUrl = source ? ctx.video(source.url) : undefined;
  const gif = video.type === 'gif';
  // No autoplay: a media query can't switch the attribute off without JS, and
  // an animation that starts on its own breaks prefers-reduced-motion (and
  // WCAG 2.2.2). GIFs still loop, muted, from the first press of play.
  return (
    <video
      key={key}
      className="bs-tweet-video"
      controls
      preload="none"
      playsInline
      poster={ctx.load(video.poster, { width: Math.min(video.width, 1200) })}
      width={video.width}
      height={video.height}
      loop={gif || undefined}
      muted={gif || undefined}
      aria-label={alt ?? (gif ? ctx.labels.gif : ctx.labels.video)}
      data-gif={gif ? '' : undefined}
    >
      {source && sourceUrl ? <source src={sourceUrl} type={source.type} /> : null}
    </video>
  );
}

/**
 * X's grid: one item at its own ratio; two, three or four in a 16:9 box
 * (three with the first spanning both rows). The box's ratio is reserved by
 * CSS and every image carries width and height, so nothing shifts on load.
 * `own`: the tweet's own media, which `mediaAlt` may also name by position.
 */
export function tweetMedia(media: Media[], ctx: TweetContext, own = false) {
  const { labels } = ctx;
  const items = media.slice(0, 4);
  if (items.length === 0) return null;
  if (ctx.media === 'none') {
    return (
      <ul className="bs-tweet-alts">
        {items.map((item, i) => {
          const alt = altOf(item, i, ctx, own);
          const kind = item.type === 'photo' ? labels.image : item.type === 'gif' ? labels.gif : labels.video;
          // One string, not two text nodes: React would put a `<!-- -->` between them.
          // biome-ignore lint/suspicious/noArrayIndexKey: media never reorder
          return <li key={i}>{alt ? `${kind}: ${alt}` : kind}</li>;
        })}
      </ul>
    );
  }
  const cell = items.length === 1 ? 1200 : 600;
  return (
    <div className="bs-tweet-media" data-count={items.length}>
      {items.map((item, i) => {
        const alt = altOf(item, i, ctx, own);
        if (item.type !== 'photo') return video(item, alt, ctx, i);
        const src = ctx.load(item.url, { width: Math.min(item.width, cell) });
        const label =
          alt ??
          // "Image 2 of 4", so a listener can tell a grid's photos apart.
          (items.length > 1
            ? fillLabel(labels.imageOf, {
                index: formatCount(i + 1, ctx.locale),
                count: formatCount(items.length, ctx.locale),
              })
            : labels.image);
        // A photo whose URL fails the gate keeps its place as its alt text.
        return src ? (
          mediaImage(ctx, src, label, item.width, item.height, i)
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: media never reorder
          <span key={i} className="bs-tweet-media-alt">
            {label}
          </span>
        );
      })}
    </div>
  );
}

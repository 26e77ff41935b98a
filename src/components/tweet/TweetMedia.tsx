import type { TweetMedia as Media, TweetVideo } from '../../model/tweet/types.js';
import type { TweetContext } from './context.js';

/** One source every browser plays without JS: the best MP4 at or under 2.2 Mbit/s (X's 720p), not the 10 Mbit/s original. */
function pickSource(video: TweetVideo) {
  const mp4 = video.sources.filter((s) => s.type === 'video/mp4');
  return mp4.find((s) => (s.bitrate ?? 0) <= 2_200_000) ?? mp4[mp4.length - 1] ?? video.sources[0];
}

function Video({ video, ctx }: { video: TweetVideo; ctx: TweetContext }) {
  const source = pickSource(video);
  const sourceUrl = source ? ctx.video(source.url) : undefined;
  const gif = video.type === 'gif';
  // No autoplay: a media query can't switch the attribute off without JS, and
  // an animation that starts on its own breaks prefers-reduced-motion (and
  // WCAG 2.2.2). GIFs still loop, muted, from the first press of play.
  return (
    <video
      className="bs-tweet-video"
      controls
      preload="none"
      playsInline
      poster={ctx.load(video.poster, { width: Math.min(video.width, 1200) })}
      width={video.width}
      height={video.height}
      loop={gif || undefined}
      muted={gif || undefined}
      aria-label={video.alt ?? (gif ? ctx.labels.gif : ctx.labels.video)}
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
 */
export function TweetMedia({ media, ctx }: { media: Media[]; ctx: TweetContext }) {
  const { MediaImage } = ctx.c;
  const items = media.slice(0, 4);
  if (items.length === 0) return null;
  if (ctx.media === 'none') {
    return (
      <ul className="bs-tweet-alts">
        {items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: media never reorder
          <li key={i}>
            {item.type === 'photo' ? ctx.labels.image : item.type === 'gif' ? ctx.labels.gif : ctx.labels.video}
            {item.alt ? `: ${item.alt}` : null}
          </li>
        ))}
      </ul>
    );
  }
  const cell = items.length === 1 ? 1200 : 600;
  return (
    <div className="bs-tweet-media" data-count={items.length}>
      {items.map((item, i) => {
        if (item.type !== 'photo') {
          // biome-ignore lint/suspicious/noArrayIndexKey: media never reorder
          return <Video key={i} video={item} ctx={ctx} />;
        }
        const src = ctx.load(item.url, { width: Math.min(item.width, cell) });
        // A photo whose URL fails the gate keeps its place as its alt text.
        return src ? (
          <MediaImage
            // biome-ignore lint/suspicious/noArrayIndexKey: media never reorder
            key={i}
            src={src}
            alt={item.alt ?? ctx.labels.image}
            width={item.width}
            height={item.height}
          />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: media never reorder
          <span key={i} className="bs-tweet-media-alt">
            {item.alt ?? ctx.labels.image}
          </span>
        );
      })}
    </div>
  );
}

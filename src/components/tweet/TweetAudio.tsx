import type { TweetAudio as Audio } from '../../model/tweet/types.js';
import type { TweetContext } from './context.js';

/** Sound files with the browser's own controls, loaded only when played; with `media="none"`, their descriptions. */
export function tweetAudio(audio: readonly Audio[], ctx: TweetContext) {
  const label = ctx.labels.audio;
  if (audio.length === 0) return null;
  if (ctx.media === 'none') {
    return (
      <ul className="bs-tweet-alts">
        {audio.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: media never reorder
          <li key={i}>{item.alt ? `${label}: ${item.alt}` : label}</li>
        ))}
      </ul>
    );
  }
  return audio.map((item, i) => {
    const src = ctx.video(item.url);
    return (
      // biome-ignore lint/a11y/useMediaCaption: Mastodon sends no caption track for sound; its description names the player
      // biome-ignore lint/suspicious/noArrayIndexKey: media never reorder
      <audio key={i} className="bs-tweet-audio" controls preload="none" aria-label={item.alt ?? label}>
        {src ? <source src={src} /> : null}
      </audio>
    );
  });
}

import type { Key } from 'react';
import type { TweetContext } from './context.js';

/**
 * A Mastodon custom emoji: the image at text size, its `:shortcode:` as alt
 * text (what Mastodon itself reads out). With `media="none"` only the
 * shortcode, so nothing loads from the server.
 */
export function emoji(code: string, src: string, ctx: TweetContext, key?: Key) {
  const url = ctx.media === 'none' ? undefined : ctx.load(src, { width: 40 });
  // Without media, or when the URL fails the gate, the shortcode stands in.
  if (url === undefined) return code;
  return (
    <img key={key} className="bs-tweet-emoji" src={url} alt={code} title={code} width={20} height={20} loading="lazy" />
  );
}

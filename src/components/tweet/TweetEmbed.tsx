import { parseTweetEmbed } from '../../model/tweet-embed.js';
import { embedFallback } from '../../model/tweet-embed-fallback.js';
import { Tweet, type TweetProps } from './Tweet.js';
import { lines } from './TweetBody.js';
import { TweetUnavailable } from './TweetUnavailable.js';

export interface TweetEmbedProps extends Omit<TweetProps, 'tweet'> {
  /** The stored embed code: X's `<blockquote class="twitter-tweet">…</blockquote>`, with or without its script. */
  html: string;
}

/**
 * Renders the embed code a CMS stored as a static <Tweet>, without X's
 * script. When the markup can't be read as a tweet, the reader still gets its
 * text and the link to X inside <TweetUnavailable>: nothing is lost.
 */
export function TweetEmbed({ html, media, mediaAlt, imageLoader, components, timeZone, ...shared }: TweetEmbedProps) {
  const parsed = parseTweetEmbed(html);
  if (parsed.ok) {
    return (
      <Tweet
        tweet={parsed.value}
        media={media}
        mediaAlt={mediaAlt}
        imageLoader={imageLoader}
        components={components}
        timeZone={timeZone}
        {...shared}
      />
    );
  }
  const fallback = embedFallback(html);
  return (
    <TweetUnavailable reason="invalid" url={fallback.url} {...shared}>
      {fallback.text ? (
        <p lang={fallback.lang} dir="auto">
          {lines(fallback.text)}
        </p>
      ) : null}
    </TweetUnavailable>
  );
}

import { htmlLang } from '../../i18n/language.js';
import type { TweetEmbedRead } from '../../model/tweet/embed.js';
import { type EmbedFallback, MAX_FALLBACK_TEXT } from '../../model/tweet/embed-fallback.js';
import { Tweet, type TweetProps } from './Tweet.js';
import { lines } from './TweetSegments.js';
import { TweetUnavailable } from './TweetUnavailable.js';

export interface TweetEmbedProps extends Omit<TweetProps, 'tweet'> {
  /** What `readTweetEmbed(html)` made of the stored embed code (X's `<blockquote class="twitter-tweet">`). */
  embed: TweetEmbedRead;
}

/**
 * Renders the embed code a CMS stored as a static <Tweet>, without X's
 * script. When the markup couldn't be read as a tweet, the reader still gets
 * its text and the link to X inside <TweetUnavailable>: nothing is lost.
 */
export function TweetEmbed({ embed, media, mediaAlt, imageLoader, components, timeZone, ...shared }: TweetEmbedProps) {
  // Stored reads come back from databases: anything but a tweet is shown as a fallback, its text capped.
  if (embed?.kind === 'tweet' && typeof embed.tweet === 'object' && embed.tweet !== null) {
    return (
      <Tweet
        tweet={embed.tweet}
        media={media}
        mediaAlt={mediaAlt}
        imageLoader={imageLoader}
        components={components}
        timeZone={timeZone}
        {...shared}
      />
    );
  }
  const fallback = (typeof embed === 'object' && embed !== null ? embed : {}) as Partial<EmbedFallback>;
  const text = typeof fallback.text === 'string' ? fallback.text.slice(0, MAX_FALLBACK_TEXT) : '';
  return (
    <TweetUnavailable reason="invalid" url={fallback.url} {...shared}>
      {text ? (
        <p lang={htmlLang(fallback.lang)} dir="auto">
          {lines(text)}
        </p>
      ) : null}
    </TweetUnavailable>
  );
}

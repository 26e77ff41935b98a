import type { TweetEmbedRead } from '../../model/tweet/embed.js';
import { Tweet, type TweetProps } from './Tweet.js';
import { lines } from './TweetBody.js';
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
  if (embed.kind === 'tweet') {
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
  return (
    <TweetUnavailable reason="invalid" url={embed.url} {...shared}>
      {embed.text ? (
        <p lang={embed.lang} dir="auto">
          {lines(embed.text)}
        </p>
      ) : null}
    </TweetUnavailable>
  );
}

import type { TweetBlock } from '../../../model/article/types.js';
import { Tweet } from '../../tweet/Tweet.js';
import { type BlockProps, blockOptions } from '../components.js';

/**
 * A tweet block through the shared static `<Tweet>`, with the article's own
 * options (locale, time zone, labels, image loader, media, `Link`) and the
 * body's `tweet` escape hatch on top.
 */
export function TweetView({ block, options = blockOptions() }: BlockProps<TweetBlock>) {
  const { locale, timeZone, labels, imageLoader, media, Link, tweet } = options;
  return (
    <Tweet
      tweet={block.tweet}
      locale={locale}
      timeZone={timeZone}
      labels={labels}
      imageLoader={imageLoader}
      Link={Link}
      {...tweet}
      media={media === 'none' ? 'none' : (tweet?.media ?? media)}
    />
  );
}

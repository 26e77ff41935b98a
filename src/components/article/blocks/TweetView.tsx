import type { TweetBlock } from '../../../model/article/types.js';
import { isTweetReference } from '../../../model/tweet/reference.js';
import { Tweet } from '../../tweet/Tweet.js';
import { type BlockProps, blockOptions } from '../components.js';
import { Inlines } from './Inlines.js';
import { TweetReferenceCard } from './TweetReferenceCard.js';

/**
 * A tweet block through the shared static `<Tweet>`, with the article's own
 * options (locale, time zone, labels, image loader, media, `Link`) and the
 * body's `tweet` escape hatch on top; a post known only by its URL as a
 * reference card; an editor's caption under either.
 */
export function TweetView({ block, options = blockOptions() }: BlockProps<TweetBlock>) {
  if (isTweetReference(block.tweet)) return <TweetReferenceCard block={block} options={options} />;
  const { locale, timeZone, labels, imageLoader, media, Link, tweet } = options;
  const rendered = (
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
  if (!block.caption || block.caption.length === 0) return rendered;
  return (
    <figure className="bs-tweet-figure">
      {rendered}
      <figcaption>
        <Inlines inlines={block.caption} options={options} />
      </figcaption>
    </figure>
  );
}

import type { ComponentPropsWithRef } from 'react';
import { fillLabel } from '../../../i18n/fill.js';
import type { TweetBlock } from '../../../model/article/types.js';
import { safeHttpUrl } from '../../../model/shared/url.js';
import { joinClass, langDir } from '../block-attributes.js';
import { type BlockProps, blockOptions } from '../components.js';
import { Inlines } from './Inlines.js';

export type TweetReferenceCardProps = BlockProps<TweetBlock> & Omit<ComponentPropsWithRef<'figure'>, 'children'>;

/**
 * A post known only by its address (a WordPress URL-only embed, a status URL
 * alone on its line): a compact card whose one link, "Post by @handle on X",
 * says whose post it is and where it opens, with the editor's caption under it.
 * Nothing is loaded from X.
 */
export function TweetReferenceCard({ block, options = blockOptions(), className, ...rest }: TweetReferenceCardProps) {
  const { tweet } = block;
  const url = safeHttpUrl(tweet.url);
  const label = fillLabel(options.strings.tweetReference, { handle: `@${tweet.author.handle}` });
  const Link = options.Link ?? 'a';
  return (
    <figure {...langDir(block)} {...rest} className={joinClass('bs-tweet-ref', className)} data-provider="x">
      <p className="bs-tweet-ref-text">
        <span className="bs-tweet-ref-mark" aria-hidden="true">
          𝕏
        </span>
        {url ? (
          <Link className="bs-tweet-ref-link" href={url}>
            {label}
          </Link>
        ) : (
          label
        )}
      </p>
      {block.caption && block.caption.length > 0 ? (
        <figcaption className="bs-tweet-ref-caption">
          <Inlines inlines={block.caption} options={options} />
        </figcaption>
      ) : null}
    </figure>
  );
}

import type { Tweet } from '../../model/tweet/types.js';
import { linkHref } from '../gate.js';
import { REL, type TweetContext, tweetDate } from './context.js';
import { viewLabel } from './network.js';
import { TweetBody } from './TweetBody.js';
import { TweetHeader } from './TweetHeader.js';
import { TweetMedia } from './TweetMedia.js';

/**
 * A tweet inside a tweet: the quoted one as a <blockquote> card with its own
 * media, or the parent of a reply shown compactly above it. Either ends with
 * its date as a real link to it on X, so the keyboard reaches it.
 */
export function TweetNested({ tweet, ctx, as }: { tweet: Tweet; ctx: TweetContext; as: 'quoted' | 'parent' }) {
  const { Link } = ctx;
  const date = tweetDate(tweet, ctx);
  const Root = as === 'quoted' ? 'blockquote' : 'div';
  const url = linkHref(tweet.url);
  return (
    <Root
      className={`bs-tweet-${as}`}
      cite={as === 'quoted' ? url : undefined}
      aria-label={as === 'quoted' ? ctx.labels.quotedPost : ctx.labels.parentPost}
      role={as === 'parent' ? 'group' : undefined}
    >
      <TweetHeader tweet={tweet} ctx={ctx} compact />
      <TweetBody tweet={tweet} ctx={ctx} />
      {as === 'quoted' ? <TweetMedia media={tweet.media} ctx={ctx} /> : null}
      {url ? (
        <Link className="bs-tweet-time" href={url} rel={REL}>
          {date && tweet.createdAt ? <time dateTime={tweet.createdAt}>{date}</time> : viewLabel(tweet, ctx.labels)}
        </Link>
      ) : null}
    </Root>
  );
}

import type { Tweet } from '../../model/tweet/types.js';
import { linkHref } from '../gate.js';
import { REL, type TweetContext, tweetDate } from './context.js';
import { viewLabel } from './network.js';
import { tweetBody } from './TweetBody.js';
import { tweetHeader } from './TweetHeader.js';
import { tweetMedia } from './TweetMedia.js';

/**
 * A tweet inside a tweet: the quoted one as a <blockquote> card with its own
 * media, or the parent of a reply shown compactly above it. Either ends with
 * its date as a real link to it on X, so the keyboard reaches it.
 */
export function tweetNested(tweet: Tweet, ctx: TweetContext, as: 'quoted' | 'parent') {
  const { Link } = ctx;
  const date = tweetDate(tweet, ctx);
  const quoted = as === 'quoted';
  const Root = quoted ? 'blockquote' : 'div';
  const url = linkHref(tweet.url);
  return (
    <Root
      className={`bs-tweet-${as}`}
      cite={quoted ? url : undefined}
      aria-label={quoted ? ctx.labels.quotedPost : ctx.labels.parentPost}
      role={quoted ? undefined : 'group'}
    >
      {tweetHeader(tweet, ctx, true)}
      {tweetBody(tweet, ctx)}
      {quoted ? tweetMedia(tweet.media, ctx) : null}
      {url ? (
        <Link className="bs-tweet-time" href={url} rel={REL}>
          {date && tweet.createdAt ? <time dateTime={tweet.createdAt}>{date}</time> : viewLabel(tweet, ctx.labels)}
        </Link>
      ) : null}
    </Root>
  );
}

import type { Tweet } from '../../model/tweet/types.js';
import { formatCount } from '../format.js';
import { linkHref } from '../gate.js';
import { REL, type TweetContext, tweetDate } from './context.js';
import { icon } from './icons.js';
import { networkOf, readLabel } from './network.js';

const INTENT = 'https://x.com/intent/';

/**
 * Replies, reposts or likes: with an `intent` a link to act on X, named by
 * its icon's label plus the visible count ("Like 1.2K") so what is read
 * matches what is seen; without one (Bluesky, Mastodon, where acting happens
 * on the post itself) the count as text, left out when there is none.
 */
function action(ctx: TweetContext, name: 'reply' | 'repost' | 'like', count: number | undefined, intent?: string) {
  const { Link } = ctx;
  // One string, not two text nodes: React would put a `<!-- -->` between them.
  const text = count ? ` ${formatCount(count, ctx.locale)}` : null;
  if (intent)
    return (
      <Link className="bs-tweet-action" href={INTENT + intent} rel={REL}>
        {icon(name, ctx.labels[name])}
        {text}
      </Link>
    );
  return text ? (
    <span className="bs-tweet-count">
      {icon(name, ctx.labels[name])}
      {text}
    </span>
  ) : null;
}

/** The date, the actions or counts, then the link to read the post where it was posted. */
export function tweetFooter(tweet: Tweet, ctx: TweetContext) {
  const { Link } = ctx;
  const x = networkOf(tweet) === 'x';
  // X's intents act on X; other networks' posts show their counts.
  const id = tweet.id && x ? encodeURIComponent(tweet.id) : undefined;
  const counts = tweet.counts;
  const acts = id !== undefined || (!x && counts !== undefined);
  const date = tweetDate(tweet, ctx);
  const url = linkHref(tweet.url);
  return (
    <footer className="bs-tweet-footer">
      {date ? <time dateTime={tweet.createdAt}>{date}</time> : null}
      {acts ? action(ctx, 'reply', counts?.replies, id && `post?in_reply_to=${id}`) : null}
      {acts ? action(ctx, 'repost', counts?.reposts, id && `retweet?tweet_id=${id}`) : null}
      {acts ? action(ctx, 'like', counts?.likes, id && `like?tweet_id=${id}`) : null}
      {url ? (
        <Link className="bs-tweet-action" href={url} rel={REL}>
          {readLabel(tweet, ctx.labels)}
        </Link>
      ) : null}
    </footer>
  );
}

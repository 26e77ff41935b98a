import type { Tweet } from '../../model/tweet/types.js';
import { formatCount } from '../format.js';
import { linkHref } from '../gate.js';
import { REL, type TweetContext, tweetDate } from './context.js';
import { Icon, type IconName } from './icons.js';
import { networkOf, readLabel } from './network.js';
import { TweetCounts } from './TweetCounts.js';

const INTENT = 'https://x.com/intent/';

/**
 * The date, then links to act on X. Each action's name is its icon's label
 * plus the visible count ("Like 1.2K"), so what is read matches what is seen.
 */
export function TweetFooter({ tweet, ctx }: { tweet: Tweet; ctx: TweetContext }) {
  const { Link } = ctx;
  const { labels, locale } = ctx;
  // X's intents act on X; other networks' posts show their counts, and acting happens on the post itself.
  const id = tweet.id && networkOf(tweet) === 'x' ? encodeURIComponent(tweet.id) : undefined;
  const actions: { icon: IconName; label: string; href: string; count?: number }[] = id
    ? [
        { icon: 'reply', label: labels.reply, href: `${INTENT}post?in_reply_to=${id}`, count: tweet.counts?.replies },
        { icon: 'repost', label: labels.repost, href: `${INTENT}retweet?tweet_id=${id}`, count: tweet.counts?.reposts },
        { icon: 'like', label: labels.like, href: `${INTENT}like?tweet_id=${id}`, count: tweet.counts?.likes },
      ]
    : [];
  const date = tweetDate(tweet, ctx);
  const url = linkHref(tweet.url);
  return (
    <footer className="bs-tweet-footer">
      {date ? <time dateTime={tweet.createdAt}>{date}</time> : null}
      {actions.map((a) => (
        <Link key={a.icon} className="bs-tweet-action" href={a.href} rel={REL}>
          <Icon name={a.icon} label={a.label} />
          {a.count ? ` ${formatCount(a.count, locale)}` : null}
        </Link>
      ))}
      {networkOf(tweet) !== 'x' && tweet.counts ? <TweetCounts counts={tweet.counts} ctx={ctx} /> : null}
      {url ? (
        <Link className="bs-tweet-action" href={url} rel={REL}>
          {readLabel(tweet, labels)}
        </Link>
      ) : null}
    </footer>
  );
}

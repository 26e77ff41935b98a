import type { TweetCounts as Counts } from '../../model/tweet/types.js';
import { formatCount } from '../format.js';
import type { TweetContext } from './context.js';
import { Icon } from './icons.js';

/** Replies, reposts and likes as text (no links): on Bluesky and Mastodon acting on a post happens there. */
export function TweetCounts({ counts, ctx }: { counts: Counts; ctx: TweetContext }) {
  const items = [
    { icon: 'reply', label: ctx.labels.reply, count: counts.replies },
    { icon: 'repost', label: ctx.labels.repost, count: counts.reposts },
    { icon: 'like', label: ctx.labels.like, count: counts.likes },
  ] as const;
  return items.map((item) =>
    item.count ? (
      <span key={item.icon} className="bs-tweet-count">
        <Icon name={item.icon} label={item.label} /> {formatCount(item.count, ctx.locale)}
      </span>
    ) : null,
  );
}

import type { Tweet } from '../../model/tweet/types.js';
import { REL, type TweetContext } from './context.js';
import { Icon } from './icons.js';
import { networkIcon, postHandle, viewLabel } from './network.js';
import { TweetAuthorName } from './TweetAuthorName.js';

const VERIFIED = {
  blue: 'verifiedBlue',
  business: 'verifiedBusiness',
  government: 'verifiedGovernment',
} as const;

/**
 * Avatar, name, badge and handle as one link to the profile (one tab stop,
 * read as "Name, Verified account, @handle"); the affiliate label and the
 * link to the post follow. `compact` is the smaller header of a quoted or
 * parent tweet.
 */
export function TweetHeader({ tweet, ctx, compact }: { tweet: Tweet; ctx: TweetContext; compact?: boolean }) {
  const { author } = tweet;
  const { Link } = ctx;
  const { Avatar } = ctx.c;
  const size = compact ? 24 : 48;
  const affiliate = author.affiliate;
  const badge = affiliate?.badgeUrl && ctx.media === 'show' ? affiliate.badgeUrl : undefined;
  return (
    <header className="bs-tweet-header">
      <Link className="bs-tweet-author" href={author.url} rel={REL}>
        {author.avatarUrl && ctx.media === 'show' ? (
          <Avatar
            className="bs-tweet-avatar"
            src={ctx.load(author.avatarUrl, { width: size * 2 })}
            width={size}
            height={size}
            shape={author.avatarShape ?? 'circle'}
          />
        ) : null}
        <bdi className="bs-tweet-name">
          <TweetAuthorName author={author} ctx={ctx} />
          {author.verified ? ' ' : null}
          {author.verified ? (
            <Icon
              name="verified"
              className="bs-tweet-badge"
              kind={author.verified}
              label={ctx.labels[VERIFIED[author.verified]]}
            />
          ) : null}
        </bdi>{' '}
        <span className="bs-tweet-handle" dir="ltr">
          {postHandle(author)}
        </span>
      </Link>
      {affiliate && !compact ? (
        affiliate.url ? (
          <Link className="bs-tweet-affiliate" href={affiliate.url} rel={REL}>
            {badge ? <img src={ctx.load(badge, { width: 32 })} alt="" width={16} height={16} loading="lazy" /> : null}
            {affiliate.label}
          </Link>
        ) : (
          <span className="bs-tweet-affiliate">{affiliate.label}</span>
        )
      ) : null}
      {tweet.url && !compact ? (
        <Link className="bs-tweet-x" href={tweet.url} rel={REL} aria-label={viewLabel(tweet, ctx.labels)}>
          <Icon name={networkIcon(tweet)} />
        </Link>
      ) : null}
    </header>
  );
}

import { profileUrl } from '../../model/tweet/links.js';
import type { Tweet } from '../../model/tweet/types.js';
import { linkHref } from '../gate.js';
import { REL, type TweetContext } from './context.js';
import { Icon } from './icons.js';
import { networkIcon, postHandle, viewLabel } from './network.js';
import { TweetAuthorName } from './TweetAuthorName.js';

const VERIFIED = {
  blue: 'verifiedBlue',
  business: 'verifiedBusiness',
  government: 'verifiedGovernment',
} as const;

const isVerified = (kind: unknown): kind is keyof typeof VERIFIED => Object.hasOwn(VERIFIED, String(kind));

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
  const show = ctx.media === 'show';
  const badge = affiliate?.badgeUrl && show ? ctx.load(affiliate.badgeUrl, { width: 32 }) : undefined;
  const avatar = author.avatarUrl && show ? ctx.load(author.avatarUrl, { width: size * 2 }) : undefined;
  // A stored profile link is checked like any other; failing that, it is built from the handle.
  const profile = linkHref(author.url) ?? profileUrl(String(author.handle));
  const affiliateUrl = linkHref(affiliate?.url);
  const post = linkHref(tweet.url);
  return (
    <header className="bs-tweet-header">
      <Link className="bs-tweet-author" href={profile} rel={REL}>
        {avatar ? (
          <Avatar
            className="bs-tweet-avatar"
            src={avatar}
            width={size}
            height={size}
            shape={author.avatarShape ?? 'circle'}
          />
        ) : null}
        <bdi className="bs-tweet-name">
          <TweetAuthorName author={author} ctx={ctx} />
          {isVerified(author.verified) ? ' ' : null}
          {isVerified(author.verified) ? (
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
        affiliateUrl ? (
          <Link className="bs-tweet-affiliate" href={affiliateUrl} rel={REL}>
            {badge ? <img src={badge} alt="" width={16} height={16} loading="lazy" /> : null}
            {affiliate.label}
          </Link>
        ) : (
          <span className="bs-tweet-affiliate">{affiliate.label}</span>
        )
      ) : null}
      {post && !compact ? (
        <Link className="bs-tweet-x" href={post} rel={REL} aria-label={viewLabel(tweet, ctx.labels)}>
          <Icon name={networkIcon(tweet)} />
        </Link>
      ) : null}
    </header>
  );
}

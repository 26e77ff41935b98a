import { profileUrl } from '../../model/tweet/links.js';
import type { Tweet } from '../../model/tweet/types.js';
import { linkHref } from '../gate.js';
import { avatar, REL, type TweetContext } from './context.js';
import { icon } from './icons.js';
import { networkOf, postHandle, viewLabel } from './network.js';
import { authorName } from './TweetAuthorName.js';
import { pushText } from './TweetSegments.js';

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
export function tweetHeader(tweet: Tweet, ctx: TweetContext, compact?: boolean) {
  const { author } = tweet;
  const { Link } = ctx;
  const size = compact ? 24 : 48;
  const affiliate = compact ? undefined : author.affiliate;
  const show = ctx.media === 'show';
  const badge = affiliate?.badgeUrl && show ? ctx.load(affiliate.badgeUrl, { width: 32 }) : undefined;
  const avatarSrc = author.avatarUrl && show ? ctx.load(author.avatarUrl, { width: size * 2 }) : undefined;
  // A stored profile link is checked like any other; failing that, it is built from the handle.
  const profile = linkHref(author.url) ?? profileUrl(String(author.handle));
  const affiliateUrl = linkHref(affiliate?.url);
  const post = compact ? undefined : linkHref(tweet.url);
  const verified = isVerified(author.verified) ? author.verified : undefined;
  const name = authorName(author, ctx);
  // The space before the badge joins the name's text, so React needs no separator between them.
  if (verified) pushText(name, ' ');
  return (
    <header className="bs-tweet-header">
      <Link className="bs-tweet-author" href={profile} rel={REL}>
        {avatarSrc ? avatar(ctx, avatarSrc, size, author.avatarShape) : null}
        <bdi className="bs-tweet-name">
          {name}
          {verified ? icon('verified', ctx.labels[VERIFIED[verified]], 'bs-tweet-badge', verified) : null}
        </bdi>{' '}
        <span className="bs-tweet-handle" dir="ltr">
          {postHandle(author)}
        </span>
      </Link>
      {affiliate ? (
        affiliateUrl ? (
          <Link className="bs-tweet-affiliate" href={affiliateUrl} rel={REL}>
            {badge ? <img src={badge} alt="" width={16} height={16} loading="lazy" /> : null}
            {affiliate.label}
          </Link>
        ) : (
          <span className="bs-tweet-affiliate">{affiliate.label}</span>
        )
      ) : null}
      {post ? (
        <Link className="bs-tweet-x" href={post} rel={REL} aria-label={viewLabel(tweet, ctx.labels)}>
          {icon(networkOf(tweet))}
        </Link>
      ) : null}
    </header>
  );
}

import type { PostNetwork, TweetAuthor } from '../../model/tweet/types.js';
import { fillNodes } from '../fill.js';
import { linkHref } from '../gate.js';
import { REL, type TweetContext } from './context.js';
import { icon } from './icons.js';
import { authorName } from './TweetAuthorName.js';

/** "Name boosted" (Mastodon) or "Name reposted" (Bluesky) above the shared post, the name linking to them. */
export function tweetRepost(by: TweetAuthor, network: PostNetwork, ctx: TweetContext) {
  const { Link } = ctx;
  const label = network === 'mastodon' ? ctx.labels.boostedBy : ctx.labels.repostedBy;
  const url = linkHref(by.url);
  const name = <bdi>{authorName(by, ctx)}</bdi>;
  return (
    <p className="bs-tweet-repost">
      {icon('repost')}{' '}
      {fillNodes(label, {
        name: url ? (
          <Link href={url} rel={REL}>
            {name}
          </Link>
        ) : (
          name
        ),
      })}
    </p>
  );
}

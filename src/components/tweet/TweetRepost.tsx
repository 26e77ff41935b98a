import type { TweetAuthor } from '../../model/tweet/types.js';
import { fillNodes } from '../fill.js';
import { linkHref } from '../gate.js';
import { REL, type TweetContext } from './context.js';
import { Icon } from './icons.js';
import type { networkOf } from './network.js';
import { TweetAuthorName } from './TweetAuthorName.js';

/** "Name boosted" (Mastodon) or "Name reposted" (Bluesky) above the shared post, the name linking to them. */
export function TweetRepost({
  by,
  network,
  ctx,
}: {
  by: TweetAuthor;
  network: ReturnType<typeof networkOf>;
  ctx: TweetContext;
}) {
  const { Link } = ctx;
  const label = network === 'mastodon' ? ctx.labels.boostedBy : ctx.labels.repostedBy;
  const url = linkHref(by.url);
  const name = (
    <bdi>
      <TweetAuthorName author={by} ctx={ctx} />
    </bdi>
  );
  return (
    <p className="bs-tweet-repost">
      <Icon name="repost" />{' '}
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

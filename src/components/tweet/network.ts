/**
 * What differs per network in a post's chrome: which logo, which "View on …"
 * and "Read on …" labels, and how a handle is written (`@user@server` on
 * Mastodon). Plain functions over the model, shared by the tweet parts and
 * the article body's skip links.
 */
import type { SocialLabels, TweetLabels } from '../../i18n/labels.js';
import type { PostNetwork, Tweet } from '../../model/tweet/types.js';
import type { IconName } from './icons.js';

/** The post's network, which is also the name of its logo among the icons. */
export function networkOf(tweet: Pick<Tweet, 'network'>): PostNetwork & IconName {
  return tweet.network ?? 'x';
}

export { postHandle } from '../../model/tweet/links.js';

type PostLabels = TweetLabels & SocialLabels;

export function viewLabel(tweet: Pick<Tweet, 'network'>, labels: PostLabels): string {
  const network = networkOf(tweet);
  return network === 'bluesky' ? labels.viewOnBluesky : network === 'mastodon' ? labels.viewOnMastodon : labels.viewOnX;
}

export function readLabel(tweet: Pick<Tweet, 'network'>, labels: PostLabels): string {
  const network = networkOf(tweet);
  return network === 'bluesky' ? labels.readOnBluesky : network === 'mastodon' ? labels.readOnMastodon : labels.readOnX;
}

import type { Block } from '../../../model/article/types.js';
import type { Tweet } from '../../../model/tweet/types.js';

/** The same tweet with nothing that would be loaded from X's servers (avatars, photos, videos, card images). */
export function tweetWithoutMedia(tweet: Tweet): Tweet {
  const { avatarUrl: _avatar, ...author } = tweet.author;
  const out: Tweet = { ...tweet, author, media: [] };
  if (tweet.card) {
    const { image: _image, ...card } = tweet.card;
    out.card = card;
  }
  if (tweet.quoted) out.quoted = tweetWithoutMedia(tweet.quoted);
  if (tweet.parent) out.parent = tweetWithoutMedia(tweet.parent);
  return out;
}

/** Which provider's consent a block waits for, or undefined when it loads nothing from a third party. */
export function thirdPartyProvider(block: Block): string | undefined {
  if (block.type === 'tweet') return 'x';
  // An empty or odd provider id still waits for consent, under one shared key.
  if (block.type === 'embed')
    return (typeof block.provider === 'string' && block.provider.trim().toLowerCase()) || 'embed';
  return undefined;
}

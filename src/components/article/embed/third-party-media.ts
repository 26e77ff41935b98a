import type { Block } from '../../../model/article/types.js';
import type { Tweet } from '../../../model/tweet/types.js';
import { networkOf } from '../../tweet/network.js';

/** The same post with nothing that would be loaded from its network's servers (avatars, photos, videos, audio, card images, custom emoji). */
export function tweetWithoutMedia(tweet: Tweet): Tweet {
  const { avatarUrl: _avatar, nameSegments: _name, ...author } = tweet.author;
  const { audio: _audio, ...rest } = tweet;
  const body = tweet.body.map((segment) =>
    segment.type === 'text' && segment.emoji ? { type: 'text' as const, text: segment.text } : segment,
  );
  const out: Tweet = { ...rest, author, body, media: [] };
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
  // Each network is its own provider: allowing X does not allow Bluesky.
  if (block.type === 'tweet') return networkOf(block.tweet);
  // An empty or odd provider id still waits for consent, under one shared key.
  if (block.type === 'embed')
    return (typeof block.provider === 'string' && block.provider.trim().toLowerCase()) || 'embed';
  return undefined;
}

/**
 * Copied Bluesky and Mastodon embeds in article text: the signature line a
 * Bluesky fallback ends with (beside X's), and the "Post by @user@server"
 * line a Mastodon embed leaves.
 */
import { type BlueskySignature, isMediaPlaceholder, readSignedBlueskyPost } from '../bluesky/embed.js';
import { matchMastodonCopiedLine } from '../mastodon/embed.js';
import type { ParseResult } from '../shared/result.js';
import { readSignedTweet, type TweetSignature } from '../tweet/text.js';
import type { Tweet } from '../tweet/types.js';
import type { Block } from './types.js';

export type PostSignature = TweetSignature | BlueskySignature;

export function readSignedPost(lines: readonly string[], signature: PostSignature): ParseResult<Tweet> {
  return 'network' in signature ? readSignedBlueskyPost(lines, signature) : readSignedTweet(lines, signature);
}

/** A Mastodon embed's copied line at `index` (and the "View on Mastodon" line after it): the block and the last line used. */
export function mastodonLine(lines: readonly string[], index: number): { block: Block; end: number } | undefined {
  const tweet = matchMastodonCopiedLine(lines[index] ?? '');
  if (tweet === undefined) return undefined;
  const end = /^\s*View on Mastodon\s*$/.test(lines[index + 1] ?? '') ? index + 1 : index;
  return { block: { type: 'tweet', tweet }, end };
}

/**
 * The line a post's text ends above: its signature's, or for Bluesky the
 * "[image or embed]" line over it, which stands for the post's media and so
 * ends the text as X's media link does.
 */
export function textEnd(lines: readonly string[], index: number, signature: PostSignature): number {
  if (!('network' in signature)) return index;
  let above = index - 1;
  while (above >= 0 && lines[above] === '') above -= 1;
  return above >= 0 && isMediaPlaceholder(lines[above] ?? '') ? above : index;
}

/**
 * Posts an article knows only by their address (WordPress's URL-only embed
 * blocks, a status URL alone on its line) become tweet blocks holding a
 * reference; `resolveTweet` lets an app that stored the posts' JSON at
 * publish time put the whole tweet in its place. Both article parsers use it.
 */
import { tweetReference } from '../tweet/reference.js';
import type { Tweet } from '../tweet/types.js';
import type { Inline, TweetBlock } from './types.js';

/** The app's stored tweet for a status id, or undefined to keep the reference. */
export type ResolveTweet = (id: string) => Tweet | undefined;

// The app's own data, but still checked: a block must hold something `<Tweet>` can render.
function isTweet(value: unknown): value is Tweet {
  if (typeof value !== 'object' || value === null) return false;
  const { author, body, media, source } = value as Partial<Tweet>;
  return (
    typeof author === 'object' &&
    author !== null &&
    typeof author.handle === 'string' &&
    typeof author.name === 'string' &&
    Array.isArray(body) &&
    Array.isArray(media) &&
    typeof source === 'string'
  );
}

/** A status URL that is all of `text` (one token, naming its author), else undefined. */
export function loneStatusUrl(text: string): string | undefined {
  const token = text.trim();
  if (token === '' || /\s/u.test(token) || token.length > 300) return undefined;
  return tweetReference(token) === undefined ? undefined : token;
}

/**
 * The tweet block for the post at `url`: the app's tweet when `resolve` has
 * it, else a reference (id, handle, URL). The caption stays either way.
 * Undefined when `url` is not a status on X that names its author.
 */
export function referenceBlock(
  url: string,
  resolve: ResolveTweet | undefined,
  warn: (message: string) => void,
  caption?: Inline[],
): TweetBlock | undefined {
  const reference = tweetReference(url);
  if (reference?.id === undefined) return undefined;
  let tweet: Tweet = reference;
  if (resolve !== undefined) {
    let resolved: unknown;
    try {
      resolved = resolve(reference.id);
    } catch (error) {
      warn(`resolveTweet threw for ${reference.id}; kept the reference (${String(error)})`);
    }
    if (isTweet(resolved)) tweet = resolved;
    else if (resolved !== undefined) warn(`resolveTweet returned something that is not a Tweet for ${reference.id}`);
  }
  if (tweet === reference) warn(`kept a post known only by its URL as a reference to it (${reference.id})`);
  return { type: 'tweet', tweet, ...(caption && caption.length > 0 ? { caption } : {}) };
}

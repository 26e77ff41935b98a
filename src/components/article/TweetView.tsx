import type { TweetBlock } from '../../model/article/types.js';
import { Tweet } from '../tweet/Tweet.js';
import type { BlockProps } from './components.js';

/** A tweet block through the shared static `<Tweet>`, in the body's UI language. */
export function TweetView({ block, locale, media }: BlockProps<TweetBlock>) {
  return <Tweet tweet={block.tweet} locale={locale ?? 'en'} media={media ?? 'show'} />;
}

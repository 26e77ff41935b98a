import type { ReactNode } from 'react';
import type { TweetAuthor } from '../../model/tweet/types.js';
import type { TweetContext } from './context.js';
import { emoji } from './TweetEmoji.js';
import { pushText } from './TweetSegments.js';

/** The display name, with its custom emoji where the network has them, as a list to append to. */
export function authorName(author: TweetAuthor, ctx: TweetContext): ReactNode[] {
  if (!author.nameSegments) return [author.name];
  const out: ReactNode[] = [];
  author.nameSegments.forEach((segment, i) => {
    const part = segment.type === 'text' && segment.emoji ? emoji(segment.text, segment.emoji, ctx, i) : segment.text;
    if (typeof part === 'string') pushText(out, part);
    else out.push(part);
  });
  return out;
}

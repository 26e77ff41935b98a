import type { TweetAuthor } from '../../model/tweet/types.js';
import type { TweetContext } from './context.js';
import { TweetEmoji } from './TweetEmoji.js';

/** The display name, with its custom emoji where the network has them. */
export function TweetAuthorName({ author, ctx }: { author: TweetAuthor; ctx: TweetContext }) {
  if (!author.nameSegments) return author.name;
  return author.nameSegments.map((segment, i) =>
    segment.type === 'text' && segment.emoji ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: segments never reorder
      <TweetEmoji key={i} code={segment.text} src={segment.emoji} ctx={ctx} />
    ) : (
      segment.text
    ),
  );
}

import type { ComponentType } from 'react';
import type { BlockType } from '../../../model/article/types.js';
import type { BlockOf, BlockProps } from '../components.js';
import { AudioView } from './AudioView.js';
import { BlockQuote } from './BlockQuote.js';
import { DividerView } from './DividerView.js';
import { EmbedLink } from './EmbedLink.js';
import { Figure } from './Figure.js';
import { Heading } from './Heading.js';
import { List } from './List.js';
import { Paragraph } from './Paragraph.js';
import { PullQuoteView } from './PullQuoteView.js';
import { TweetView } from './TweetView.js';

export type BlockRenderers = { [T in BlockType]: ComponentType<BlockProps<BlockOf<T>>> };

/**
 * The renderer of each block type, keyed by the type: an override can wrap
 * or delegate to the default (`defaultBlocks.figure`).
 */
export const defaultBlocks = {
  paragraph: Paragraph,
  heading: Heading,
  list: List,
  quote: BlockQuote,
  pullquote: PullQuoteView,
  figure: Figure,
  tweet: TweetView,
  audio: AudioView,
  divider: DividerView,
  embed: EmbedLink,
} as const satisfies BlockRenderers;

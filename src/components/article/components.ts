import type { ComponentType, ReactNode } from 'react';
import type { Block, BlockType, Inline, Mark } from '../../model/article/types.js';

/** The block of one type: `BlockOf<'figure'>` is `FigureBlock`. */
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;

/** What every block component receives: exactly its block, and the overrides for what it nests. */
export interface BlockProps<B extends Block = Block> {
  block: B;
  /** Pass to `<Inlines>` (and nested blocks) so overrides reach nested content. */
  components?: ArticleComponents | undefined;
  /** Language for UI strings (skip links, player). */
  locale?: string | undefined;
  /**
   * `none` while the reader has not allowed this provider (`consent`): render
   * nothing that loads from a third party. Only tweet and embed blocks get it.
   */
  media?: 'show' | 'none' | undefined;
}

export interface MarkProps {
  mark: Mark;
  children: ReactNode;
}

export interface LinkProps {
  /** Already checked: http(s) or mailto. */
  href: string;
  children: ReactNode;
  inline: Extract<Inline, { type: 'link' }>;
}

/** A block whose `type` this version does not know, e.g. from a newer CMS. */
export interface UnknownBlock {
  type: string;
  [field: string]: unknown;
}

export type BlockComponents = { [T in BlockType]?: ComponentType<BlockProps<BlockOf<T>>> };

/**
 * Overrides for `ArticleBody`: any block type, any mark, links, and the
 * placeholder for unknown blocks. Each is typed with exactly what it renders.
 */
export interface ArticleComponents extends BlockComponents {
  marks?: { [M in Mark]?: ComponentType<MarkProps> };
  link?: ComponentType<LinkProps>;
  unknown?: ComponentType<{ block: UnknownBlock }>;
}

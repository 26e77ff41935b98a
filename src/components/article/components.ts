import type { ComponentType, ReactNode } from 'react';
import { articleEn } from '../../i18n/en/article.js';
import type { ArticleLabels } from '../../i18n/labels.js';
import { withLabels } from '../../i18n/pick.js';
import type { Block, BlockType, Mark } from '../../model/article/types.js';
import { type RenderOptions, type ResolvedOptions, resolveOptions } from '../options.js';
import type { TweetProps } from '../tweet/Tweet.js';

/** The block of one type: `BlockOf<'figure'>` is `FigureBlock`. */
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;

/** Per-tweet escape hatch inside an article: anything `<Tweet>` takes besides the article's own options. */
export type TweetBlockOptions = Partial<Omit<TweetProps, 'tweet' | 'ref'>>;

/**
 * The render context every block receives beside its block: the article's
 * resolved options, the overrides (so nested content gets them too) and the
 * per-block-type escape hatches. Kept apart from DOM props.
 */
export interface BlockOptions extends ResolvedOptions {
  components: ArticleComponents | undefined;
  tweet: TweetBlockOptions | undefined;
  /** The article strings, with the caller's labels on top. */
  strings: ArticleLabels;
}

/** What every block renderer receives: exactly its block, and the render context. */
export interface BlockProps<B extends Block = Block> {
  block: B;
  /** Omit when rendering a block on its own: the defaults apply. */
  options?: BlockOptions | undefined;
}

export interface MarkProps {
  mark: Mark;
  children: ReactNode;
}

/** A block whose `type` this version does not know, e.g. from a newer CMS. */
export interface UnknownBlock {
  type: string;
  [field: string]: unknown;
}

export type BlockComponents = { [T in BlockType]?: ComponentType<BlockProps<BlockOf<T>>> };

/**
 * Overrides for `ArticleBody`: any block type, any mark, and the placeholder
 * for unknown blocks. Each is typed with exactly what it renders; links are
 * the `Link` render option, shared with tweets.
 */
export interface ArticleComponents extends BlockComponents {
  marks?: { [M in Mark]?: ComponentType<MarkProps> };
  unknown?: ComponentType<{ block: UnknownBlock }>;
}

export interface ArticleRenderOptions extends RenderOptions {
  components?: ArticleComponents | undefined;
  tweet?: TweetBlockOptions | undefined;
}

/** Resolves an article root's options once; nested roots pass theirs as `base`. */
export function blockOptions(options: ArticleRenderOptions = {}, base?: BlockOptions): BlockOptions {
  const resolved = resolveOptions(options, base);
  return {
    ...resolved,
    components: options.components ?? base?.components,
    tweet: options.tweet ?? base?.tweet,
    strings: withLabels(articleEn, resolved.labels),
  };
}

/**
 * An article body as plain JSON-serializable blocks, whatever it was parsed
 * from (CMS HTML or copied text).
 */
import type { Tweet } from '../tweet/types.js';

export type Mark = 'strong' | 'em' | 'code' | 'sub' | 'sup' | 'strike';

export type Inline =
  | {
      type: 'text';
      text: string;
      marks?: Mark[];
      /** A phrase in another language than its block (`<span lang="fr">`), for screen readers and hyphenation. */
      lang?: string;
      dir?: 'ltr' | 'rtl' | 'auto';
    }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

interface BlockBase {
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
}

export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
  children: Inline[];
}
export interface HeadingBlock extends BlockBase {
  type: 'heading';
  level: 2 | 3 | 4;
  children: Inline[];
}
export interface ListBlock extends BlockBase {
  type: 'list';
  ordered: boolean;
  items: Inline[][];
}
export interface QuoteBlock extends BlockBase {
  type: 'quote';
  children: Inline[][];
  attribution?: string;
  /** The URL the quote comes from (a blockquote's `cite` attribute). */
  cite?: string;
}
export interface PullQuoteBlock extends BlockBase {
  type: 'pullquote';
  children: Inline[][];
  attribution?: string;
  align?: 'center' | 'start' | 'end' | 'wide';
}
export interface FigureBlock extends BlockBase {
  type: 'figure';
  src: string;
  alt: string;
  width?: number;
  height?: number;
  caption?: Inline[];
  credit?: string;
  /** `wide` breaks out of the text measure, `full` spans the container (WordPress `alignwide`/`alignfull`). */
  size?: 'normal' | 'wide' | 'full';
}
export interface TweetBlock extends BlockBase {
  type: 'tweet';
  tweet: Tweet;
}
export interface AudioBlock extends BlockBase {
  type: 'audio';
  src?: string;
  title?: string;
}
export interface DividerBlock extends BlockBase {
  type: 'divider';
}
export interface EmbedBlock extends BlockBase {
  type: 'embed';
  provider: string;
  url: string;
  title?: string;
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | ListBlock
  | QuoteBlock
  | PullQuoteBlock
  | FigureBlock
  | TweetBlock
  | AudioBlock
  | DividerBlock
  | EmbedBlock;

export type BlockType = Block['type'];

export interface Article {
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  blocks: Block[];
}

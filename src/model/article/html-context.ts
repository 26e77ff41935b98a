/**
 * What every part of the article HTML reader shares: the read context (base
 * URL, the article's own language, warnings, elements already used), the
 * scope an element is read in, and small readers of text and attributions.
 */

import type { Dir } from '../../i18n/language.js';
import { type ChildNode, classes, dirOf, type Element, langOf, type TextOptions, textOf } from '../shared/html.js';
import { collapseWhitespace } from '../shared/text.js';
import { cleanText } from './inline-builder.js';
import { LINKS_AS_TEXT, MAX_LINKS, MAX_POSTS, POSTS_AS_QUOTES } from './limits.js';
import type { ResolveTweet } from './tweet-references.js';
import type { Article, Block, Inline, Mark } from './types.js';

export interface Scope {
  lang: string | undefined;
  dir: Dir | undefined;
  marks: readonly Mark[];
  href: string | undefined;
  preserve: boolean;
  depth: number;
}

export interface ReadContext {
  /** Where relative links and images resolve; undefined drops them. */
  readonly baseUrl: string | undefined;
  readonly article: Pick<Article, 'lang' | 'dir'>;
  /** Elements read as part of another block (a caption, an attribution): not read again. */
  readonly skip: Set<Element>;
  warn(message: string): void;
  /** The app's stored tweets, for posts the HTML knows only by URL. */
  readonly resolveTweet?: ResolveTweet | undefined;
  /** The blocks a run of nodes makes; containers (quotes, captions) read their insides with it. */
  blocks(nodes: readonly ChildNode[], scope: Scope): Block[];
  /** Counts one embedded post; false past MAX_POSTS, when the embed is read as the quote it also is. */
  takePost(): boolean;
  /** Counts one link; false past MAX_LINKS, when its text is kept without the address. */
  takeLink(): boolean;
  /** Blocks read so far; past MAX_BLOCKS the nodes that follow only give their text, unread (html-blocks.ts). */
  readonly overflow: Overflow;
}

export interface Overflow {
  blocks: number;
  /** Set at the budget, and never unset: what follows is all text, in order. */
  full: boolean;
  text: string[];
  /** Media, embeds and rules past the budget: nothing of them to keep. */
  wordless: number;
}

/** A context whose warnings repeat as one line with a count. */
export function createContext(
  baseUrl: string | undefined,
  article: Pick<Article, 'lang' | 'dir'>,
  blocks: (context: ReadContext, nodes: readonly ChildNode[], scope: Scope) => Block[],
  resolveTweet?: ResolveTweet,
): ReadContext & { warnings(): string[] } {
  const counts = new Map<string, number>();
  let posts = 0;
  let links = 0;
  const context: ReadContext & { warnings(): string[] } = {
    baseUrl,
    article,
    resolveTweet,
    skip: new Set(),
    overflow: { blocks: 0, full: false, text: [], wordless: 0 },
    warn: (message) => counts.set(message, (counts.get(message) ?? 0) + 1),
    blocks: (nodes, scope) => blocks(context, nodes, scope),
    takePost: () => {
      posts += 1;
      if (posts <= MAX_POSTS) return true;
      context.warn(POSTS_AS_QUOTES);
      return false;
    },
    takeLink: () => {
      links += 1;
      if (links <= MAX_LINKS) return true;
      context.warn(LINKS_AS_TEXT);
      return false;
    },
    warnings: () => [...counts].map(([message, count]) => (count > 1 ? `${message} (×${count})` : message)),
  };
  return context;
}

// Code, styling, forms, media we can't represent, and raw-text elements:
// their content is never article text.
export const DROPPED: ReadonlySet<string> = new Set(
  (
    'script style noscript template head title meta link base frame frameset applet param svg math canvas video ' +
    'track source input textarea select option optgroup datalist button output progress meter map area dialog ' +
    'portal slot xmp plaintext noembed noframes rp'
  ).split(' '),
);

const PLAIN_TEXT: TextOptions = { skip: DROPPED, lineBreak: '\n' };
const CREDIT_CLASS = /credit|copyright|attribution|byline|photographer/;

export function plainText(nodes: readonly ChildNode[]): string {
  return textOf(nodes, PLAIN_TEXT);
}

// "— Jane Doe" and "Jane Doe" are the same attribution; components add the dash.
export function attributionText(nodes: readonly ChildNode[]): string | undefined {
  const text = collapseWhitespace(cleanText(plainText(nodes))).replace(/^[—–―-][\s—–―-]*/, '');
  return text === '' ? undefined : text;
}

export function isCredit(element: Element): boolean {
  return classes(element).some((token) => CREDIT_CLASS.test(token));
}

// WordPress turns emoji into <img class="emoji" alt="🙂">: that is text.
export function isInlineImage(element: Element): boolean {
  const names = classes(element);
  return names.includes('emoji') || names.includes('wp-smiley');
}

/** A block's own lang/dir, only where it differs from the article's. */
export function langDir(context: ReadContext, scope: Scope): { lang?: string; dir?: Dir } {
  const out: { lang?: string; dir?: Dir } = {};
  if (scope.lang !== undefined && scope.lang !== context.article.lang) out.lang = scope.lang;
  if (scope.dir !== undefined && scope.dir !== context.article.dir) out.dir = scope.dir;
  return out;
}

/**
 * A scope with some fields changed. Every scope is built here, with its
 * fields in one order: spreads (`{ ...scope, depth }`) of scopes built in
 * different orders made V8 copy them through its slow path, a microsecond
 * per element, which a body of 250,000 `<hr>`s paid 500,000 times.
 */
export function scopeWith(scope: Scope, change: Partial<Scope>): Scope {
  return {
    // Own keys only: `in` would find a polluted Object.prototype's `href`.
    lang: Object.hasOwn(change, 'lang') ? change.lang : scope.lang,
    dir: Object.hasOwn(change, 'dir') ? change.dir : scope.dir,
    marks: Object.hasOwn(change, 'marks') ? (change.marks ?? scope.marks) : scope.marks,
    href: Object.hasOwn(change, 'href') ? change.href : scope.href,
    preserve: Object.hasOwn(change, 'preserve') ? (change.preserve ?? scope.preserve) : scope.preserve,
    depth: Object.hasOwn(change, 'depth') ? (change.depth ?? scope.depth) : scope.depth,
  };
}

/** `block` with the scope's lang and dir where they differ from the article's (langDir, without a new object). */
export function langDirOf<T extends { lang?: string; dir?: Dir }>(block: T, context: ReadContext, scope: Scope): T {
  if (scope.lang !== undefined && scope.lang !== context.article.lang) block.lang = scope.lang;
  if (scope.dir !== undefined && scope.dir !== context.article.dir) block.dir = scope.dir;
  return block;
}

/** The scope inside `element`: its own lang and dir, `levels` deeper (one, unless a caller skips one). */
export function within(scope: Scope, element: Element, levels = 1): Scope {
  return {
    lang: langOf(element) ?? scope.lang,
    dir: dirOf(element) ?? scope.dir,
    marks: scope.marks,
    href: scope.href,
    preserve: scope.preserve,
    depth: scope.depth + levels,
  };
}

/** Paragraph-like blocks as lines of inlines; anything else is handed back to place after. */
export function linesOf(blocks: readonly Block[]): { lines: Inline[][]; rest: Block[] } {
  const lines: Inline[][] = [];
  const rest: Block[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'heading') lines.push(block.children);
    // Loops, not push(...): a hostile quote can hold more lines than a call takes arguments.
    else if (block.type === 'list') for (const item of block.items) lines.push(item);
    else if (block.type === 'quote' || block.type === 'pullquote') for (const line of block.children) lines.push(line);
    else rest.push(block);
  }
  return { lines, rest };
}

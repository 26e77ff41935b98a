/**
 * CMS HTML → Article, through an allow-list: what the model can say (paragraphs,
 * headings, lists, quotes, pull quotes, figures, audio, dividers, tweets,
 * embeds) is kept; other tags are unwrapped to their text; code, styles and
 * foreign content are dropped. Nothing here ever re-emits markup, and every
 * URL goes through the URL gate. The readers for each kind of block are in
 * `html-blocks.ts`, `html-quotes.ts` and `html-media.ts`.
 */
import {
  type ChildNode,
  dirOf,
  type Element,
  flattenedWarning,
  isElement,
  langOf,
  parseHtml,
  repeatedWarning,
} from '../shared/html.js';
import { describeError, fail, ok, type ParseResult } from '../shared/result.js';
import { safeHttpUrl } from '../shared/url-fast.js';
import { unreadWarning, unreadWords, withinBlockBudget } from './block-budget.js';
import { furnitureKind } from './furniture.js';
import { readBlocks } from './html-blocks.js';
import { createContext, type ReadContext, type Scope } from './html-context.js';
import { cleanText } from './inline-builder.js';
import { inlinePlainText } from './inline-text.js';
import { loneStatusUrl, type ResolveTweet, referenceBlock } from './tweet-references.js';
import type { Article, Block } from './types.js';

/** Why article HTML could not be read at all (what it could not represent is a warning instead). */
export type ArticleHtmlErrorCode = 'invalid-input' | 'too-large' | 'invalid-html';

export interface ArticleHtmlOptions {
  /** Where the HTML was published: relative links and images resolve against it; without it they are dropped. */
  baseUrl?: string;
  /** Keep page furniture ("Advertisement", "Read more:", photo credits, share leftovers) as paragraphs. */
  keepFurniture?: boolean;
  /**
   * The app's stored tweet for a status id: posts the HTML knows only by URL (WordPress's URL-only
   * embed blocks, a status URL alone in a paragraph) become that tweet instead of a reference.
   */
  resolveTweet?: ResolveTweet;
}

/**
 * The longest HTML read (characters); longer input fails with `too-large` before any parsing. Five times the
 * largest article body we have seen, as much as copied text may be (MAX_TEXT_LENGTH), and small enough that no
 * input at it takes a second to read and render (bench/linearity.ts). At 2,000,000 a body of `<li>a` × 400,000
 * took 1.2 s to read alone: each element costs the parser's tree and a block, however little text it holds.
 */
export const MAX_HTML_LENGTH = 1_000_000;

/** The document's language: `<html lang>`, `<body lang>` or a lone top-level `<article lang>`. */
function documentLangDir(nodes: readonly ChildNode[]): Pick<Article, 'lang' | 'dir'> {
  const out: Pick<Article, 'lang' | 'dir'> = {};
  const read = (element: Element | undefined) => {
    const lang = langOf(element);
    const dir = dirOf(element);
    if (lang !== undefined) out.lang = lang;
    if (dir !== undefined) out.dir = dir;
  };
  // Finds, not filtered copies: a fragment's top level is every block of the article.
  const named = (list: readonly ChildNode[], name: string) =>
    list.find((node): node is Element => isElement(node) && node.name === name);
  const html = named(nodes, 'html');
  read(html);
  read(named(html?.children ?? nodes, 'body'));
  // One significant node at the top, an <article>: stop counting at the second.
  let only: ChildNode | undefined;
  let count = 0;
  for (const node of nodes) {
    if (!isElement(node) && (node.type !== 'text' || node.data.trim() === '')) continue;
    only = node;
    if (++count > 1) return out;
  }
  if (only && isElement(only) && only.name === 'article') read(only);
  return out;
}

/**
 * What the body's own paragraphs turn out to be: a status URL alone (WordPress
 * and Ghost auto-embed it) is a tweet reference, and page furniture is dropped.
 */
function paragraphsRead(blocks: readonly Block[], context: ReadContext, keepFurniture: boolean): Block[] {
  // A loop, not flatMap: a body can be 200,000 dividers, and an array per block is garbage for nothing.
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph') {
      out.push(block);
      continue;
    }
    const text = inlinePlainText(block.children);
    const status = loneStatusUrl(text);
    const reference = status && referenceBlock(status, context.resolveTweet, context.warn);
    if (reference) {
      out.push({ ...reference, ...(block.lang ? { lang: block.lang } : {}), ...(block.dir ? { dir: block.dir } : {}) });
      continue;
    }
    const kind = keepFurniture ? undefined : furnitureKind(text);
    if (kind === undefined) out.push(block);
    else context.warn(`dropped page furniture (${kind}): “${text.slice(0, 80)}”`);
  }
  return out;
}

export function parseArticleHtml(
  html: string,
  options?: ArticleHtmlOptions,
): ParseResult<Article, ArticleHtmlErrorCode> {
  try {
    if (typeof html !== 'string') return fail('invalid-input', 'parseArticleHtml expects the body HTML as a string.');
    if (html.length > MAX_HTML_LENGTH) {
      return fail('too-large', `The HTML is ${html.length} characters; an article body is far smaller.`);
    }
    const rawBase = options?.baseUrl;
    const baseUrl = safeHttpUrl(rawBase);
    const { nodes, flattened, repeated } = parseHtml(html);
    const article: Article = { ...documentLangDir(nodes), blocks: [] };
    const context = createContext(baseUrl, article, readBlocks, options?.resolveTweet);
    if (rawBase !== undefined && baseUrl === undefined)
      context.warn('ignored a baseUrl that is not an absolute http(s) URL');
    if (flattened > 0) context.warn(flattenedWarning(flattened));
    if (repeated > 0) context.warn(repeatedWarning(repeated));
    const scope: Scope = {
      lang: article.lang,
      dir: article.dir,
      marks: [],
      href: undefined,
      preserve: false,
      depth: 0,
    };
    const read = paragraphsRead(context.blocks(nodes, scope), context, options?.keepFurniture === true);
    const { overflow } = context;
    const unread = unreadWords(cleanText(overflow.text.join('')));
    // White space between blocks past the budget is nothing kept: no warning for it.
    if (unread !== '' || overflow.wordless > 0) context.warn(unreadWarning(unread, 'blocks', overflow.wordless));
    article.blocks = withinBlockBudget(read, (message) => context.warn(message), unread);
    return ok(article, context.warnings());
  } catch (error) {
    // A backstop: the reader is written not to throw, but a parser must never.
    return fail('invalid-html', `The HTML could not be read: ${describeError(error)}`);
  }
}

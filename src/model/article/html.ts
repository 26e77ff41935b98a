/**
 * CMS HTML → Article, through an allow-list: what the model can say (paragraphs,
 * headings, lists, quotes, pull quotes, figures, audio, dividers, tweets,
 * embeds) is kept; other tags are unwrapped to their text; code, styles and
 * foreign content are dropped. Nothing here ever re-emits markup, and every
 * URL goes through the URL gate. The readers for each kind of block are in
 * `html-blocks.ts`, `html-quotes.ts` and `html-media.ts`.
 */
import { type ChildNode, childElements, dirOf, type Element, isElement, langOf, parseHtml } from '../shared/html.js';
import { fail, ok, type ParseResult } from '../shared/result.js';
import { safeHttpUrl } from '../shared/url.js';
import { readBlocks } from './html-blocks.js';
import { createContext, type Scope } from './html-context.js';
import type { Article } from './types.js';

/** Why article HTML could not be read at all (what it could not represent is a warning instead). */
export type ArticleHtmlErrorCode = 'invalid-input' | 'too-large' | 'invalid-html';

export interface ArticleHtmlOptions {
  /** Where the HTML was published: relative links and images resolve against it; without it they are dropped. */
  baseUrl?: string;
}

const MAX_HTML_LENGTH = 5_000_000;

/** The document's language: `<html lang>`, `<body lang>` or a lone top-level `<article lang>`. */
function documentLangDir(nodes: readonly ChildNode[]): Pick<Article, 'lang' | 'dir'> {
  const out: Pick<Article, 'lang' | 'dir'> = {};
  const read = (element: Element | undefined) => {
    const lang = langOf(element);
    const dir = dirOf(element);
    if (lang !== undefined) out.lang = lang;
    if (dir !== undefined) out.dir = dir;
  };
  const top = childElements(nodes);
  const html = top.find((element) => element.name === 'html');
  read(html);
  read(childElements(html?.children ?? top).find((element) => element.name === 'body'));
  const significant = nodes.filter((node) => isElement(node) || (node.type === 'text' && node.data.trim() !== ''));
  const only = significant.length === 1 ? significant[0] : undefined;
  if (only && isElement(only) && only.name === 'article') read(only);
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
    const document = parseHtml(html);
    const article: Article = { ...documentLangDir(document.children), blocks: [] };
    const context = createContext(baseUrl, article, readBlocks);
    if (rawBase !== undefined && baseUrl === undefined)
      context.warn('ignored a baseUrl that is not an absolute http(s) URL');
    const scope: Scope = {
      lang: article.lang,
      dir: article.dir,
      marks: [],
      href: undefined,
      preserve: false,
      depth: 0,
    };
    article.blocks = context.blocks(document.children, scope);
    return ok(article, context.warnings());
  } catch (error) {
    // A backstop: the reader is written not to throw, but a parser must never.
    return fail('invalid-html', `The HTML could not be read: ${String(error)}`);
  }
}

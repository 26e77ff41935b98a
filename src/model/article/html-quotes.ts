/**
 * Quotations in article HTML: blockquotes with their attribution, pull
 * quotes, tweet embeds (read by the tweet reader, element and all) and the
 * blockquote snippets other platforms leave behind.
 */
import { childElements, classes, type Element, isElement } from '../shared/html.js';
import { safeHttpUrl } from '../shared/url-fast.js';
import { isTweetEmbed, readTweetEmbedElement } from '../tweet/embed.js';
import { lastStatusLink } from '../tweet/embed-fallback.js';
import { embedTarget } from './embed-providers.js';
import { attributionText, langDir, linesOf, plainText, type ReadContext, type Scope } from './html-context.js';
import type { Block, PullQuoteBlock, QuoteBlock } from './types.js';

// A class token naming a pull quote: WordPress `wp-block-pullquote`, Medium
// `graf--pullquote`, `pull-quote`, `pullout`, Guardian-style `element-pullquote`…
const PULLQUOTE_CLASS = /pull[-_]?quote|pull[-_]?out/;
const PULLQUOTE_ELEMENTS = new Set(['aside', 'blockquote', 'figure', 'div', 'section', 'p']);

export function isPullQuote(element: Element): boolean {
  return PULLQUOTE_ELEMENTS.has(element.name) && classes(element).some((token) => PULLQUOTE_CLASS.test(token));
}

export function blockquote(context: ReadContext, element: Element, scope: Scope, caption?: Element): Block[] {
  if (isTweetEmbed(element)) return tweet(context, element, scope);
  // Instagram, TikTok and similar snippets are blockquotes carrying a permalink.
  if (classes(element).some((token) => token.includes('embed') || token.endsWith('-media'))) {
    const { attribs } = element;
    const target = [attribs['data-instgrm-permalink'], attribs.cite, attribs['data-href'], attribs['data-url']]
      .map((raw) => embedTarget(raw, context.baseUrl))
      .find((found) => found !== undefined);
    if (target) {
      context.warn('replaced third-party embed snippets with links');
      return [{ type: 'embed', ...langDir(context, scope), ...target }];
    }
  }
  return quote(context, element, scope, caption);
}

/**
 * The attribution of a quote: a `<footer>` child, or a `<cite>` (alone or in
 * a paragraph of its own) that ends the quote; a `<cite>` inside a sentence
 * is a title, not the speaker. WordPress nests the quote in a `<blockquote>`.
 */
function attributionOf(element: Element): Element | undefined {
  // WordPress nests one blockquote in another; a longer chain of lone blockquotes is not a pattern, only a cost.
  let current = element;
  for (let level = 0; level < 4; level += 1) {
    const footer = childElements(current.children).find((kid) => kid.name === 'footer');
    if (footer) return footer;
    const significant = current.children.filter((node) => node.type !== 'text' || node.data.trim() !== '');
    const last = significant.at(-1);
    if (last === undefined || !isElement(last)) return undefined;
    if (last.name === 'cite') return last;
    const inner = childElements(last.children);
    const onlyCite = inner.length === 1 && inner[0]?.name === 'cite' ? inner[0] : undefined;
    if (last.name === 'p' && onlyCite) {
      const rest = plainText(last.children).replace(plainText(onlyCite.children), '');
      return /^[\s—–―-]*$/.test(rest) ? last : undefined;
    }
    if (last.name !== 'blockquote' || significant.length !== 1) return undefined;
    current = last;
  }
  return undefined;
}

function quote(context: ReadContext, element: Element, scope: Scope, caption: Element | undefined): Block[] {
  const attributionElement = attributionOf(element) ?? caption;
  if (attributionElement) context.skip.add(attributionElement);
  const { lines, rest } = linesOf(context.blocks(element.children, scope));
  const attribution = attributionElement ? attributionText(attributionElement.children) : undefined;
  if (lines.length === 0 && attribution === undefined) return rest;
  const block: QuoteBlock = { type: 'quote', ...langDir(context, scope), children: lines };
  if (attribution !== undefined) block.attribution = attribution;
  const cite = safeHttpUrl(element.attribs.cite, context.baseUrl);
  if (cite !== undefined) block.cite = cite;
  return [block, ...rest];
}

export function pullQuote(context: ReadContext, element: Element, scope: Scope): Block[] {
  const attributionElement = attributionOf(element);
  if (attributionElement) context.skip.add(attributionElement);
  const { lines, rest } = linesOf(context.blocks(element.children, scope));
  if (lines.length === 0) return rest;
  const block: PullQuoteBlock = { type: 'pullquote', ...langDir(context, scope), children: lines };
  const attribution = attributionElement ? attributionText(attributionElement.children) : undefined;
  if (attribution !== undefined) block.attribution = attribution;
  const align = pullQuoteAlign(classes(element));
  if (align !== undefined) block.align = align;
  return [block, ...rest];
}

function pullQuoteAlign(names: readonly string[]): PullQuoteBlock['align'] {
  for (const name of names) {
    if (name === 'alignleft' || /[-_](left|start)$/.test(name)) return 'start';
    if (name === 'alignright' || /[-_](right|end)$/.test(name)) return 'end';
    if (name === 'alignwide' || name === 'alignfull' || /[-_](wide|full)$/.test(name)) return 'wide';
    if (name === 'aligncenter' || /[-_]center$/.test(name)) return 'center';
  }
  return undefined;
}

function tweet(context: ReadContext, element: Element, scope: Scope): Block[] {
  if (!context.takePost()) return tweetAsQuote(context, element, scope);
  const parsed = readTweetEmbedElement(element);
  if (parsed.ok) {
    for (const warning of parsed.warnings) context.warn(`tweet: ${warning}`);
    return [{ type: 'tweet', ...langDir(context, scope), tweet: parsed.value }];
  }
  // The embed's own fallback is still worth reading: keep it as a quote.
  context.warn(`kept an unreadable tweet embed as a quote (${parsed.error.code})`);
  return tweetAsQuote(context, element, scope);
}

/** A tweet embed as the quote its markup also is: the text, the author's line as attribution, the post as cite. */
function tweetAsQuote(context: ReadContext, element: Element, scope: Scope): Block[] {
  // X's markup: <p>the text</p>&mdash; Name (@handle) <a href="…/status/…">Date</a>
  const paragraphs = childElements(element.children).filter((kid) => kid.name === 'p');
  const last = paragraphs.at(-1);
  const signature = last ? element.children.slice(element.children.indexOf(last) + 1) : [];
  const status = lastStatusLink(element.children);
  const lines = linesOf(context.blocks(paragraphs.length > 0 ? paragraphs : element.children, scope)).lines;
  const attribution = attributionText(signature);
  if (lines.length === 0 && attribution === undefined) return [];
  const block: QuoteBlock = { type: 'quote', ...langDir(context, scope), children: lines };
  if (attribution !== undefined) block.attribution = attribution;
  if (status !== undefined) block.cite = status;
  return [block];
}

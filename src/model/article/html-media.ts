/**
 * Figures in article HTML: images with caption and credit, audio, and
 * third-party embeds (kept as provider + canonical URL, never as an iframe).
 */

import { classes, descendants, type Element } from '../shared/html.js';
import { collapseWhitespace } from '../shared/text.js';
import { safeHttpUrl, safeImageUrl } from '../shared/url-fast.js';
import { isTweetEmbed } from '../tweet/embed.js';
import { embedTarget } from './embed-providers.js';
import {
  attributionText,
  isCredit,
  isInlineImage,
  langDir,
  linesOf,
  plainText,
  type ReadContext,
  type Scope,
  within,
} from './html-context.js';
import { blockquote } from './html-quotes.js';
import { cleanText } from './inline-builder.js';
import { loneStatusUrl, referenceBlock } from './tweet-references.js';
import type { Block, FigureBlock, Inline } from './types.js';

// A figure's walk stops at a nested figure or tweet embed: finding one is enough to read the figure as
// a gallery, and each nested one walks its own insides, so no element is walked once per enclosing figure.
const nestedBlock = (element: Element) => element.name === 'figure' || isTweetEmbed(element);

export function figure(context: ReadContext, element: Element, scope: Scope): Block[] {
  const inside = descendants(element.children, nestedBlock);
  const caption = inside.find((kid) => kid.name === 'figcaption');
  const images = inside.filter((kid) => kid.name === 'img' && !isInlineImage(kid));
  const has = (name: string) => inside.some((kid) => kid.name === name);
  // Galleries and embed wrappers: their parts are blocks of their own.
  if (has('figure') || images.length > 1 || inside.some(isTweetEmbed)) return context.blocks(element.children, scope);
  const single = (name: string) => inside.find((kid) => kid.name === name);
  const media = single('iframe') ?? single('embed') ?? single('object');
  if (images.length === 0 && media) return embed(context, media, scope, caption);
  const image = images[0];
  if (image) return imageBlock(context, image, scope, element);
  const audioElement = single('audio');
  if (audioElement) return audio(context, audioElement, scope, caption);
  const quote = single('blockquote');
  if (quote) {
    // HTML's own pattern: <figure><blockquote>…</blockquote><figcaption>— Who</figcaption></figure>
    const quoted = blockquote(context, quote, within(scope, quote), caption);
    const others = context.blocks(
      element.children.filter((kid) => kid !== quote),
      scope,
    );
    return [...quoted, ...others];
  }
  // WordPress's embed block (and the older core-embed/*) stores only the URL when it renders without the provider.
  const names = classes(element);
  if (names.includes('wp-block-embed') || names.some((name) => name.startsWith('wp-block-embed-'))) {
    const url = plainText(element.children.filter((kid) => kid !== caption)).trim();
    const status = loneStatusUrl(url);
    const target = status === undefined ? embedTarget(url, context.baseUrl) : undefined;
    const captionText =
      status !== undefined || target !== undefined ? captionOf(context, caption, scope).caption : undefined;
    const reference = status && referenceBlock(status, context.resolveTweet, context.warn, captionText);
    if (reference) return [{ ...reference, ...langDir(context, scope) }];
    const title = captionText ? attributionText(caption?.children ?? []) : undefined;
    if (target) return [{ type: 'embed', ...langDir(context, scope), ...target, ...(title ? { title } : {}) }];
  }
  return context.blocks(element.children, scope);
}

function captionOf(
  context: ReadContext,
  caption: Element | undefined,
  scope: Scope,
): { caption?: Inline[]; credit?: string } {
  if (caption === undefined) return {};
  context.skip.add(caption);
  const creditElement = descendants(caption.children).find(isCredit);
  if (creditElement) context.skip.add(creditElement);
  const { lines } = linesOf(context.blocks(caption.children, within(scope, caption)));
  const out: { caption?: Inline[]; credit?: string } = {};
  const inlines = lines.flatMap((line, index) => (index > 0 ? [{ type: 'break' as const }, ...line] : line));
  if (inlines.length > 0) out.caption = inlines;
  const credit = creditElement ? attributionText(creditElement.children) : undefined;
  if (credit !== undefined) out.credit = credit;
  return out;
}

function imageSource(context: ReadContext, image: Element): string | undefined {
  const { attribs } = image;
  // Lazy loaders put a placeholder in src and the real image in a data attribute.
  for (const raw of [attribs['data-src'], attribs['data-lazy-src'], attribs['data-original'], attribs.src]) {
    const src = safeImageUrl(raw, context.baseUrl);
    if (src !== undefined) return src;
  }
  // Otherwise the widest srcset candidate.
  const candidates = (attribs.srcset ?? attribs['data-srcset'] ?? '')
    .split(',')
    .map((entry) => entry.trim().split(/\s+/))
    .map(([url, size]) => ({ url, width: Number.parseInt(size ?? '0', 10) || 0 }))
    .sort((a, b) => b.width - a.width);
  for (const { url } of candidates) {
    const src = safeImageUrl(url, context.baseUrl);
    if (src !== undefined) return src;
  }
  return undefined;
}

function dimension(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^\s*[0-9]{1,5}(px)?\s*$/.test(raw)) return undefined;
  const value = Number.parseInt(raw, 10);
  return value > 0 ? value : undefined;
}

/** WordPress and most CMSs mark breakout images with these classes. */
function figureSize(element: Element): FigureBlock['size'] {
  const names = classes(element);
  if (names.includes('alignfull')) return 'full';
  if (names.includes('alignwide')) return 'wide';
  return undefined;
}

/** An image (`figureElement` is its figure, for the caption and credit). */
export function imageBlock(
  context: ReadContext,
  element: Element,
  scope: Scope,
  figureElement: Element | undefined,
): Block[] {
  const image = element.name === 'img' ? element : descendants(element.children).find((kid) => kid.name === 'img');
  const captionElement = figureElement
    ? descendants(figureElement.children).find((kid) => kid.name === 'figcaption')
    : undefined;
  const { caption, credit } = captionOf(context, captionElement, scope);
  const captionBlocks: Block[] = caption ? [{ type: 'paragraph', ...langDir(context, scope), children: caption }] : [];
  if (image === undefined) return captionBlocks;
  const src = imageSource(context, image);
  const width = dimension(image.attribs.width);
  const height = dimension(image.attribs.height);
  if (src === undefined) {
    context.warn('dropped images without an https src (http would be mixed content)');
    return captionBlocks;
  }
  // One side of two pixels or less is a beacon, whether or not the other side is given.
  if ((width !== undefined && width <= 2) || (height !== undefined && height <= 2)) {
    context.warn('dropped tracking pixels');
    return captionBlocks;
  }
  const alt = collapseWhitespace(cleanText(image.attribs.alt ?? ''));
  const block: FigureBlock = { type: 'figure', ...langDir(context, scope), src, alt };
  if (width !== undefined) block.width = width;
  if (height !== undefined) block.height = height;
  if (caption !== undefined) block.caption = caption;
  const creditText = credit ?? attributionText(descendants((figureElement ?? element).children).filter(isCredit));
  if (creditText !== undefined) block.credit = creditText;
  const size = figureSize(figureElement ?? element);
  if (size !== undefined) block.size = size;
  return [block];
}

export function audio(context: ReadContext, element: Element, scope: Scope, caption: Element | undefined): Block[] {
  const sources = [element, ...descendants(element.children).filter((kid) => kid.name === 'source')];
  const src = sources.map((source) => safeHttpUrl(source.attribs.src, context.baseUrl)).find(Boolean);
  if (src === undefined) {
    context.warn('dropped <audio> without an http(s) src');
    return [];
  }
  if (caption) context.skip.add(caption);
  const title =
    attributionText(caption?.children ?? []) ??
    cleanText(element.attribs.title ?? element.attribs['aria-label'] ?? '').trim();
  return [{ type: 'audio', ...langDir(context, scope), src, ...(title ? { title } : {}) }];
}

export function embed(context: ReadContext, element: Element, scope: Scope, caption: Element | undefined): Block[] {
  const { attribs } = element;
  const target = embedTarget(attribs.src ?? attribs['data-src'] ?? attribs.data, context.baseUrl);
  if (target === undefined) {
    context.warn(`dropped <${element.name}> from unknown providers`);
    return caption ? context.blocks(caption.children, scope) : [];
  }
  if (caption) context.skip.add(caption);
  const title = attributionText(caption?.children ?? []) ?? cleanText(attribs.title ?? '').trim();
  return [{ type: 'embed', ...langDir(context, scope), ...target, ...(title ? { title } : {}) }];
}

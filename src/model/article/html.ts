/**
 * CMS HTML → Article, through an allow-list: what the model can say (paragraphs,
 * headings, lists, quotes, pull quotes, figures, audio, dividers, tweets,
 * embeds) is kept; other tags are unwrapped to their text; code, styles and
 * foreign content are dropped. Nothing here ever re-emits markup, and every
 * URL goes through the URL gate.
 */

import { getOuterHTML } from 'domutils';
import { type ChildNode, type Element, isElement, parseHtml } from '../shared/html.js';
import { fail, ok, type ParseResult } from '../shared/result.js';
import { safeHttpUrl, safeLinkUrl } from '../shared/url.js';
import { parseTweetEmbed } from '../tweet/embed.js';
import { cleanLang, parseStatusUrl } from '../tweet/links.js';
import { embedTarget } from './embed-providers.js';
import { cleanText, InlineBuilder, type RunStyle } from './inline-builder.js';
import type { Article, Block, FigureBlock, Inline, Mark, PullQuoteBlock, QuoteBlock } from './types.js';

export interface ArticleHtmlOptions {
  /** Where the HTML was published: relative links and images resolve against it; without it they are dropped. */
  baseUrl?: string;
}

type Dir = 'ltr' | 'rtl' | 'auto';

interface Scope {
  lang: string | undefined;
  dir: Dir | undefined;
  marks: readonly Mark[];
  href: string | undefined;
  preserve: boolean;
  depth: number;
}

// Deeper nesting than this is not an article but an attack on the recursion.
const MAX_DEPTH = 200;
const MAX_HTML_LENGTH = 5_000_000;

const MARKS: Readonly<Record<string, Mark>> = {
  strong: 'strong',
  b: 'strong',
  em: 'em',
  i: 'em',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
  sub: 'sub',
  sup: 'sup',
  s: 'strike',
  del: 'strike',
  strike: 'strike',
};

// Inline wrappers whose text is the content; unwrapped without a warning.
const TRANSPARENT = new Set(
  'span font u ins mark small big abbr acronym time data label bdi bdo cite dfn var ruby rb rtc rt nobr'.split(' '),
);

// Code, styling, forms, media we can't represent, and raw-text elements:
// their content is never article text.
const DROPPED = new Set(
  (
    'script style noscript template head title meta link base frame frameset applet param svg math canvas video ' +
    'track source input textarea select option optgroup datalist button output progress meter map area dialog ' +
    'portal slot xmp plaintext noembed noframes rp'
  ).split(' '),
);

// Elements that end the paragraph around them.
const BLOCK = new Set(
  (
    'p div section article main header footer nav aside address center details summary dl dt dd table thead ' +
    'tbody tfoot tr td th caption colgroup col form fieldset legend hgroup body html figcaption li search ' +
    'h1 h2 h3 h4 h5 h6 ul ol menu dir blockquote figure img picture audio hr iframe embed object pre listing'
  ).split(' '),
);

// A class token naming a pull quote: WordPress `wp-block-pullquote`, Medium
// `graf--pullquote`, `pull-quote`, `pullout`, Guardian-style `element-pullquote`…
const PULLQUOTE_CLASS = /pull[-_]?quote|pull[-_]?out/;
const CREDIT_CLASS = /credit|copyright|attribution|byline|photographer/;

// Tag names come from the input: quote only plain ones back in warnings.
function tagLabel(name: string): string {
  return /^[a-z][a-z0-9:-]{0,30}$/.test(name) ? `<${name}>` : 'a malformed tag';
}

function classes(element: Element): string[] {
  return (element.attribs.class ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

function elements(nodes: readonly ChildNode[]): Element[] {
  return nodes.filter(isElement);
}

/** Every descendant element, depth first, not entering `stop` elements' insides. */
function descendants(element: Element, stop: (element: Element) => boolean = () => false): Element[] {
  const found: Element[] = [];
  const walk = (nodes: readonly ChildNode[], depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (const node of elements(nodes)) {
      found.push(node);
      if (!stop(node)) walk(node.children, depth + 1);
    }
  };
  walk(element.children, 0);
  return found;
}

function plainText(nodes: readonly ChildNode[], depth = 0): string {
  if (depth > MAX_DEPTH) return '';
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.data;
    else if (isElement(node) && !DROPPED.has(node.name)) {
      text += node.name === 'br' ? '\n' : plainText(node.children, depth + 1);
    }
  }
  return text;
}

// "— Jane Doe" and "Jane Doe" are the same attribution; components add the dash.
function attributionText(nodes: readonly ChildNode[]): string | undefined {
  const text = cleanText(plainText(nodes))
    .replace(/\s+/g, ' ')
    .replace(/^[\s—–―-]+/, '')
    .trim();
  return text === '' ? undefined : text;
}

function dimension(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^\s*[0-9]{1,5}(px)?\s*$/.test(raw)) return undefined;
  const value = Number.parseInt(raw, 10);
  return value > 0 ? value : undefined;
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

class Reader {
  private readonly counts = new Map<string, number>();
  private readonly skip = new Set<Element>();

  constructor(
    private readonly baseUrl: string | undefined,
    private readonly article: Pick<Article, 'lang' | 'dir'>,
  ) {}

  warnings(): string[] {
    return [...this.counts].map(([message, count]) => (count > 1 ? `${message} (×${count})` : message));
  }

  warn(message: string): void {
    this.counts.set(message, (this.counts.get(message) ?? 0) + 1);
  }

  /** A block's own lang/dir, only where it differs from the article's. */
  private langDir(scope: Scope): { lang?: string; dir?: Dir } {
    const out: { lang?: string; dir?: Dir } = {};
    if (scope.lang !== undefined && scope.lang !== this.article.lang) out.lang = scope.lang;
    if (scope.dir !== undefined && scope.dir !== this.article.dir) out.dir = scope.dir;
    return out;
  }

  private within(scope: Scope, element: Element): Scope {
    const lang = cleanLang(element.attribs.lang);
    const dir = element.attribs.dir?.trim().toLowerCase();
    return {
      ...scope,
      lang: lang ?? scope.lang,
      dir: dir === 'ltr' || dir === 'rtl' || dir === 'auto' ? dir : scope.dir,
      depth: scope.depth + 1,
    };
  }

  /** The blocks a run of nodes makes: inline content between blocks becomes paragraphs. */
  blocks(nodes: readonly ChildNode[], scope: Scope): Block[] {
    const out: Block[] = [];
    const inline = new InlineBuilder();
    const flush = () => {
      const content = inline.take();
      if (content.length > 0) out.push({ type: 'paragraph', ...this.langDir(scope), children: content });
    };
    // A run's language is kept only where an inline element changed it from the block's.
    const style = (at: Scope): RunStyle => ({
      marks: at.marks,
      href: at.href,
      lang: at.lang !== scope.lang ? at.lang : undefined,
      dir: at.dir !== scope.dir ? at.dir : undefined,
    });
    const visit = (node: ChildNode, at: Scope): void => {
      if (node.type === 'text') {
        inline.text(node.data, style(at), at.preserve);
        return;
      }
      if (node.type === 'comment') {
        this.warn('dropped HTML comments');
        return;
      }
      if (!isElement(node) || this.skip.has(node)) return;
      if (at.depth > MAX_DEPTH) {
        this.warn(`dropped content nested deeper than ${MAX_DEPTH} elements`);
        return;
      }
      const name = node.name;
      const inner = this.within(at, node);
      const mark = MARKS[name];
      if (DROPPED.has(name)) {
        this.warn(`dropped <${name}> and its content`);
      } else if (name === 'br') {
        inline.lineBreak(at.href);
      } else if (name === 'wbr') {
        // An optional break opportunity: nothing to keep.
      } else if (mark !== undefined) {
        for (const child of node.children) visit(child, { ...inner, marks: [...at.marks, mark] });
      } else if (name === 'a') {
        for (const child of node.children) visit(child, { ...inner, href: this.link(node, at.href) });
      } else if (name === 'q') {
        inline.text('“', style(inner));
        for (const child of node.children) visit(child, inner);
        inline.text('”', style(inner));
      } else if (name === 'img' && this.isInlineImage(node)) {
        inline.text(node.attribs.alt ?? '', style(at));
      } else if (BLOCK.has(name)) {
        flush();
        out.push(...this.block(node, { ...at, depth: at.depth + 1 }));
      } else {
        if (!TRANSPARENT.has(name)) this.warn(`unwrapped ${tagLabel(name)} (text kept)`);
        for (const child of node.children) visit(child, inner);
      }
    };
    for (const node of nodes) visit(node, scope);
    flush();
    return out;
  }

  private link(element: Element, outer: string | undefined): string | undefined {
    const raw = element.attribs.href;
    // An anchor without href (`<a name>`) is not a link; keep any outer one.
    if (raw === undefined) return outer;
    const href = safeLinkUrl(raw, this.baseUrl);
    if (href === undefined) {
      this.warn(
        this.baseUrl === undefined && !/^\s*[a-z][a-z0-9+.-]*:/i.test(raw)
          ? 'dropped relative links (no baseUrl; text kept)'
          : 'dropped links that are not http(s) or mailto (text kept)',
      );
    }
    return href;
  }

  // WordPress turns emoji into <img class="emoji" alt="🙂">: that is text.
  private isInlineImage(element: Element): boolean {
    const names = classes(element);
    return names.includes('emoji') || names.includes('wp-smiley');
  }

  private block(element: Element, outer: Scope): Block[] {
    const scope = this.within(outer, element);
    const name = element.name;
    const names = classes(element);
    if (
      ['aside', 'blockquote', 'figure', 'div', 'section', 'p'].includes(name) &&
      names.some((token) => PULLQUOTE_CLASS.test(token))
    ) {
      return this.pullQuote(element, scope, names);
    }
    switch (name) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        return this.heading(element, scope);
      case 'ul':
      case 'ol':
      case 'menu':
      case 'dir':
        return this.list(element, scope);
      case 'blockquote':
        return this.blockquote(element, scope, names);
      case 'figure':
        return this.figure(element, scope, names);
      case 'img':
      case 'picture':
        return this.image(element, scope, undefined);
      case 'audio':
        return this.audio(element, scope, undefined);
      case 'hr':
        return [{ type: 'divider', ...this.langDir(scope) }];
      case 'iframe':
      case 'embed':
      case 'object':
        return this.embed(element, scope, undefined);
      case 'pre':
      case 'listing':
        return this.blocks(element.children, { ...scope, preserve: true });
      case 'table':
        this.warn('flattened tables into paragraphs');
        return this.blocks(element.children, scope);
      default:
        return this.blocks(element.children, scope);
    }
  }

  private heading(element: Element, scope: Scope): Block[] {
    const rank = Number(element.name.slice(1));
    // The article's title is the page's h1, so body headings start at 2.
    const level: 2 | 3 | 4 = rank <= 2 ? 2 : rank === 3 ? 3 : 4;
    return this.blocks(element.children, scope).map(
      (block): Block => (block.type === 'paragraph' ? { ...block, type: 'heading', level } : block),
    );
  }

  /** Paragraph-like blocks as lines of inlines; anything else is handed back to place after. */
  private lines(blocks: readonly Block[]): { lines: Inline[][]; rest: Block[] } {
    const lines: Inline[][] = [];
    const rest: Block[] = [];
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'heading') lines.push(block.children);
      else if (block.type === 'list') lines.push(...block.items);
      else if (block.type === 'quote' || block.type === 'pullquote') lines.push(...block.children);
      else rest.push(block);
    }
    return { lines, rest };
  }

  private list(element: Element, scope: Scope): Block[] {
    const items: Inline[][] = [];
    const rest: Block[] = [];
    for (const child of element.children) {
      if (!isElement(child) && (child.type !== 'text' || child.data.trim() === '')) continue;
      const nodes = isElement(child) && child.name === 'li' ? child.children : [child];
      const itemScope = isElement(child) ? this.within(scope, child) : scope;
      let item: Inline[] = [];
      for (const block of this.blocks(nodes, itemScope)) {
        if (block.type === 'paragraph' || block.type === 'heading') {
          if (item.length > 0) item.push({ type: 'break' });
          item.push(...block.children);
        } else if (block.type === 'list') {
          // The model's lists are flat: nested items follow their parent.
          this.warn('flattened nested lists');
          if (item.length > 0) items.push(item);
          item = [];
          items.push(...block.items);
        } else {
          rest.push(block);
        }
      }
      if (item.length > 0) items.push(item);
    }
    if (items.length === 0) return rest;
    return [{ type: 'list', ...this.langDir(scope), ordered: element.name === 'ol', items }, ...rest];
  }

  private blockquote(element: Element, scope: Scope, names: readonly string[], caption?: Element): Block[] {
    if (names.includes('twitter-tweet') || names.includes('twitter-video')) return this.tweet(element, scope);
    // Instagram, TikTok and similar snippets are blockquotes carrying a permalink.
    if (names.some((token) => token.includes('embed') || token.endsWith('-media'))) {
      const { attribs } = element;
      const target = [attribs['data-instgrm-permalink'], attribs.cite, attribs['data-href'], attribs['data-url']]
        .map((raw) => embedTarget(raw, this.baseUrl))
        .find((found) => found !== undefined);
      if (target) {
        this.warn('replaced third-party embed snippets with links');
        return [{ type: 'embed', ...this.langDir(scope), ...target }];
      }
    }
    return this.quote(element, scope, caption);
  }

  /**
   * The attribution of a quote: a `<footer>` child, or a `<cite>` (alone or in
   * a paragraph of its own) that ends the quote; a `<cite>` inside a sentence
   * is a title, not the speaker. WordPress nests the quote in a `<blockquote>`.
   */
  private attributionOf(element: Element): Element | undefined {
    const footer = elements(element.children).find((kid) => kid.name === 'footer');
    if (footer) return footer;
    const significant = element.children.filter((node) => node.type !== 'text' || node.data.trim() !== '');
    const last = significant.at(-1);
    if (last === undefined || !isElement(last)) return undefined;
    if (last.name === 'cite') return last;
    const inner = elements(last.children);
    const onlyCite = inner.length === 1 && inner[0]?.name === 'cite' ? inner[0] : undefined;
    if (last.name === 'p' && onlyCite) {
      const rest = plainText(last.children).replace(plainText(onlyCite.children), '');
      return /^[\s—–―-]*$/.test(rest) ? last : undefined;
    }
    if (last.name === 'blockquote' && significant.length === 1) return this.attributionOf(last);
    return undefined;
  }

  private quote(element: Element, scope: Scope, caption: Element | undefined): Block[] {
    const attributionElement = this.attributionOf(element) ?? caption;
    if (attributionElement) this.skip.add(attributionElement);
    const { lines, rest } = this.lines(this.blocks(element.children, scope));
    const attribution = attributionElement ? attributionText(attributionElement.children) : undefined;
    if (lines.length === 0 && attribution === undefined) return rest;
    const block: QuoteBlock = { type: 'quote', ...this.langDir(scope), children: lines };
    if (attribution !== undefined) block.attribution = attribution;
    const cite = safeHttpUrl(element.attribs.cite, this.baseUrl);
    if (cite !== undefined) block.cite = cite;
    return [block, ...rest];
  }

  private pullQuote(element: Element, scope: Scope, names: readonly string[]): Block[] {
    const attributionElement = this.attributionOf(element);
    if (attributionElement) this.skip.add(attributionElement);
    const { lines, rest } = this.lines(this.blocks(element.children, scope));
    if (lines.length === 0) return rest;
    const block: PullQuoteBlock = { type: 'pullquote', ...this.langDir(scope), children: lines };
    const attribution = attributionElement ? attributionText(attributionElement.children) : undefined;
    if (attribution !== undefined) block.attribution = attribution;
    const align = pullQuoteAlign(names);
    if (align !== undefined) block.align = align;
    return [block, ...rest];
  }

  private tweet(element: Element, scope: Scope): Block[] {
    const parsed = parseTweetEmbed(getOuterHTML(element));
    if (parsed.ok) {
      for (const warning of parsed.warnings) this.warn(`tweet: ${warning}`);
      return [{ type: 'tweet', ...this.langDir(scope), tweet: parsed.value }];
    }
    // The embed's own fallback is still worth reading: keep it as a quote.
    this.warn(`kept an unreadable tweet embed as a quote (${parsed.error.code})`);
    // X's markup: <p>the text</p>&mdash; Name (@handle) <a href="…/status/…">Date</a>
    const paragraphs = elements(element.children).filter((kid) => kid.name === 'p');
    const last = paragraphs.at(-1);
    const signature = last ? element.children.slice(element.children.indexOf(last) + 1) : [];
    const status = descendants(element)
      .filter((kid) => kid.name === 'a')
      .map((link) => safeHttpUrl(link.attribs.href))
      .filter((href) => href !== undefined && parseStatusUrl(href) !== undefined)
      .at(-1);
    const lines = this.lines(this.blocks(paragraphs.length > 0 ? paragraphs : element.children, scope)).lines;
    const attribution = attributionText(signature);
    if (lines.length === 0 && attribution === undefined) return [];
    const block: QuoteBlock = { type: 'quote', ...this.langDir(scope), children: lines };
    if (attribution !== undefined) block.attribution = attribution;
    if (status !== undefined) block.cite = status;
    return [block];
  }

  private figure(element: Element, scope: Scope, names: readonly string[]): Block[] {
    const inside = descendants(element);
    const caption = inside.find((kid) => kid.name === 'figcaption');
    const images = inside.filter((kid) => kid.name === 'img' && !this.isInlineImage(kid));
    const has = (name: string) => inside.some((kid) => kid.name === name);
    const tweetInside = inside.some(
      (kid) => kid.name === 'blockquote' && classes(kid).some((token) => token.startsWith('twitter-')),
    );
    // Galleries and embed wrappers: their parts are blocks of their own.
    if (has('figure') || images.length > 1 || tweetInside) return this.blocks(element.children, scope);
    const single = (name: string) => inside.find((kid) => kid.name === name);
    const media = single('iframe') ?? single('embed') ?? single('object');
    if (images.length === 0 && media) return this.embed(media, scope, caption);
    const image = images[0];
    if (image) return this.image(image, scope, element);
    const audio = single('audio');
    if (audio) return this.audio(audio, scope, caption);
    const quote = single('blockquote');
    if (quote) {
      // HTML's own pattern: <figure><blockquote>…</blockquote><figcaption>— Who</figcaption></figure>
      const quoted = this.blockquote(quote, this.within(scope, quote), classes(quote), caption);
      const others = this.blocks(
        element.children.filter((kid) => kid !== quote),
        scope,
      );
      return [...quoted, ...others];
    }
    // WordPress's oEmbed block keeps the bare URL when it renders server-side without the provider.
    if (names.includes('wp-block-embed')) {
      const target = embedTarget(plainText(element.children).trim(), this.baseUrl);
      if (target) return [{ type: 'embed', ...this.langDir(scope), ...target }];
    }
    return this.blocks(element.children, scope);
  }

  private captionOf(caption: Element | undefined, scope: Scope): { caption?: Inline[]; credit?: string } {
    if (caption === undefined) return {};
    this.skip.add(caption);
    const creditElement = descendants(caption).find((kid) => classes(kid).some((token) => CREDIT_CLASS.test(token)));
    if (creditElement) this.skip.add(creditElement);
    const { lines } = this.lines(this.blocks(caption.children, this.within(scope, caption)));
    const out: { caption?: Inline[]; credit?: string } = {};
    const inlines = lines.flatMap((line, index) => (index > 0 ? [{ type: 'break' as const }, ...line] : line));
    if (inlines.length > 0) out.caption = inlines;
    const credit = creditElement ? attributionText(creditElement.children) : undefined;
    if (credit !== undefined) out.credit = credit;
    return out;
  }

  private imageSource(image: Element): string | undefined {
    const { attribs } = image;
    // Lazy loaders put a placeholder in src and the real image in a data attribute.
    for (const raw of [attribs['data-src'], attribs['data-lazy-src'], attribs['data-original'], attribs.src]) {
      const src = safeHttpUrl(raw, this.baseUrl);
      if (src !== undefined) return src;
    }
    // Otherwise the widest srcset candidate.
    const candidates = (attribs.srcset ?? attribs['data-srcset'] ?? '')
      .split(',')
      .map((entry) => entry.trim().split(/\s+/))
      .map(([url, size]) => ({ url, width: Number.parseInt(size ?? '0', 10) || 0 }))
      .sort((a, b) => b.width - a.width);
    for (const { url } of candidates) {
      const src = safeHttpUrl(url, this.baseUrl);
      if (src !== undefined) return src;
    }
    return undefined;
  }

  /** An image (`figure` is its figure element, for the caption and credit). */
  private image(element: Element, scope: Scope, figure: Element | undefined): Block[] {
    const image = element.name === 'img' ? element : descendants(element).find((kid) => kid.name === 'img');
    const captionElement = figure ? descendants(figure).find((kid) => kid.name === 'figcaption') : undefined;
    const { caption, credit } = this.captionOf(captionElement, scope);
    const captionBlocks: Block[] = caption ? [{ type: 'paragraph', ...this.langDir(scope), children: caption }] : [];
    if (image === undefined) return captionBlocks;
    const src = this.imageSource(image);
    const width = dimension(image.attribs.width);
    const height = dimension(image.attribs.height);
    if (src === undefined) {
      this.warn('dropped images without an http(s) src');
      return captionBlocks;
    }
    if (width !== undefined && height !== undefined && width <= 2 && height <= 2) {
      this.warn('dropped tracking pixels');
      return captionBlocks;
    }
    const alt = cleanText(image.attribs.alt ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const block: FigureBlock = { type: 'figure', ...this.langDir(scope), src, alt };
    if (width !== undefined) block.width = width;
    if (height !== undefined) block.height = height;
    if (caption !== undefined) block.caption = caption;
    const creditText = credit ?? attributionText(descendants(figure ?? element).filter(isCredit));
    if (creditText !== undefined) block.credit = creditText;
    const size = figureSize(figure ?? element);
    if (size !== undefined) block.size = size;
    return [block];
  }

  private audio(element: Element, scope: Scope, caption: Element | undefined): Block[] {
    const sources = [element, ...descendants(element).filter((kid) => kid.name === 'source')];
    const src = sources.map((source) => safeHttpUrl(source.attribs.src, this.baseUrl)).find(Boolean);
    if (src === undefined) {
      this.warn('dropped <audio> without an http(s) src');
      return [];
    }
    if (caption) this.skip.add(caption);
    const title =
      attributionText(caption?.children ?? []) ??
      cleanText(element.attribs.title ?? element.attribs['aria-label'] ?? '').trim();
    return [{ type: 'audio', ...this.langDir(scope), src, ...(title ? { title } : {}) }];
  }

  private embed(element: Element, scope: Scope, caption: Element | undefined): Block[] {
    const { attribs } = element;
    const target = embedTarget(attribs.src ?? attribs['data-src'] ?? attribs.data, this.baseUrl);
    if (target === undefined) {
      this.warn(`dropped <${element.name}> from unknown providers`);
      return caption ? this.blocks(caption.children, scope) : [];
    }
    if (caption) this.skip.add(caption);
    const title = attributionText(caption?.children ?? []) ?? cleanText(attribs.title ?? '').trim();
    return [{ type: 'embed', ...this.langDir(scope), ...target, ...(title ? { title } : {}) }];
  }
}

function isCredit(element: Element): boolean {
  return classes(element).some((token) => CREDIT_CLASS.test(token));
}

/** The document's language: `<html lang>`, `<body lang>` or a lone top-level `<article lang>`. */
function documentLangDir(nodes: readonly ChildNode[]): Pick<Article, 'lang' | 'dir'> {
  const out: Pick<Article, 'lang' | 'dir'> = {};
  const read = (element: Element | undefined) => {
    if (element === undefined) return;
    const lang = cleanLang(element.attribs.lang);
    const dir = element.attribs.dir?.trim().toLowerCase();
    if (lang !== undefined) out.lang = lang;
    if (dir === 'ltr' || dir === 'rtl' || dir === 'auto') out.dir = dir;
  };
  const top = elements(nodes);
  const html = top.find((element) => element.name === 'html');
  read(html);
  read(elements(html?.children ?? top).find((element) => element.name === 'body'));
  const significant = nodes.filter((node) => isElement(node) || (node.type === 'text' && node.data.trim() !== ''));
  const only = significant.length === 1 ? significant[0] : undefined;
  if (only && isElement(only) && only.name === 'article') read(only);
  return out;
}

export function parseArticleHtml(html: string, options?: ArticleHtmlOptions): ParseResult<Article> {
  try {
    if (typeof html !== 'string') return fail('invalid-input', 'parseArticleHtml expects the body HTML as a string.');
    if (html.length > MAX_HTML_LENGTH) {
      return fail('too-large', `The HTML is ${html.length} characters; an article body is far smaller.`);
    }
    const rawBase = options?.baseUrl;
    const baseUrl = safeHttpUrl(rawBase);
    const document = parseHtml(html);
    const article: Article = { ...documentLangDir(document.children), blocks: [] };
    const reader = new Reader(baseUrl, article);
    if (rawBase !== undefined && baseUrl === undefined)
      reader.warn('ignored a baseUrl that is not an absolute http(s) URL');
    const scope: Scope = {
      lang: article.lang,
      dir: article.dir,
      marks: [],
      href: undefined,
      preserve: false,
      depth: 0,
    };
    article.blocks = reader.blocks(document.children, scope);
    return ok(article, reader.warnings());
  } catch (error) {
    // A backstop: the reader is written not to throw, but a parser must never.
    return fail('invalid-html', `The HTML could not be read: ${String(error)}`);
  }
}

/** WordPress and most CMSs mark breakout images with these classes. */
function figureSize(element: Element): FigureBlock['size'] {
  const classes = (element.attribs.class ?? '').split(/\s+/);
  if (classes.includes('alignfull')) return 'full';
  if (classes.includes('alignwide')) return 'wide';
  return undefined;
}

/**
 * The heart of the article HTML reader: a run of nodes becomes blocks, with
 * inline content between blocks gathered into paragraphs, and each block
 * element handed to the reader for its kind.
 */
import { type ChildNode, type Element, isElement, MAX_DEPTH } from '../shared/html.js';
import { safeLinkUrl } from '../shared/url-fast.js';
import { MAX_BLOCKS } from './block-budget.js';
import {
  DROPPED,
  isInlineImage,
  langDir,
  langDirOf,
  type ReadContext,
  type Scope,
  scopeWith,
  within,
} from './html-context.js';
import { audio, embed, figure, imageBlock } from './html-media.js';
import { blockquote, isPullQuote, pullQuote } from './html-quotes.js';
import { socialEmbed } from './html-social.js';
import { InlineBuilder, type RunStyle } from './inline-builder.js';
import type { Block, DividerBlock, Inline, Mark } from './types.js';

// A Map, not an object: a tag named `constructor` or `__proto__` is not a mark.
const MARKS: ReadonlyMap<string, Mark> = new Map([
  ['strong', 'strong'],
  ['b', 'strong'],
  ['em', 'em'],
  ['i', 'em'],
  ['code', 'code'],
  ['kbd', 'code'],
  ['samp', 'code'],
  ['tt', 'code'],
  ['sub', 'sub'],
  ['sup', 'sup'],
  ['s', 'strike'],
  ['del', 'strike'],
  ['strike', 'strike'],
]);

// Inline wrappers whose text is the content; unwrapped without a warning.
const TRANSPARENT = new Set(
  'span font u ins mark small big abbr acronym time data label bdi bdo cite dfn var ruby rb rtc rt nobr'.split(' '),
);

// Elements that end the paragraph around them.
const BLOCK = new Set(
  (
    'p div section article main header footer nav aside address center details summary dl dt dd table thead ' +
    'tbody tfoot tr td th caption colgroup col form fieldset legend hgroup body html figcaption li search ' +
    'h1 h2 h3 h4 h5 h6 ul ol menu dir blockquote figure img picture audio hr iframe embed object pre listing'
  ).split(' '),
);

// Tag names come from the input: quote only plain ones back in warnings.
function tagLabel(name: string): string {
  return /^[a-z][a-z0-9:-]{0,30}$/.test(name) ? `<${name}>` : 'a malformed tag';
}

/** The blocks a run of nodes makes: inline content between blocks becomes paragraphs. */
export function readBlocks(context: ReadContext, nodes: readonly ChildNode[], scope: Scope): Block[] {
  const out: Block[] = [];
  const inline = new InlineBuilder();
  const flush = () => {
    if (inline.empty) return;
    const content = inline.take();
    if (content.length > 0) {
      out.push(langDirOf<Block>({ type: 'paragraph', children: content }, context, scope));
      context.overflow.blocks += 1;
    }
  };
  // A run's language is kept only where an inline element changed it from the block's.
  const style = (at: Scope): RunStyle => ({
    marks: at.marks,
    href: at.href,
    lang: at.lang !== scope.lang ? at.lang : undefined,
    dir: at.dir !== scope.dir ? at.dir : undefined,
  });
  const visit = (node: ChildNode, at: Scope): void => {
    const { overflow } = context;
    if (overflow.full || overflow.blocks >= MAX_BLOCKS) {
      overflow.full = true;
      keepWords(context, node, at.depth);
      return;
    }
    if (node.type === 'text') {
      inline.text(node.data, style(at), at.preserve);
      return;
    }
    if (node.type === 'comment') {
      context.warn('dropped HTML comments');
      return;
    }
    if (!isElement(node) || context.skip.has(node)) return;
    if (at.depth > MAX_DEPTH) {
      context.warn(`dropped content nested deeper than ${MAX_DEPTH} elements`);
      return;
    }
    const name = node.name;
    const mark = MARKS.get(name);
    if (DROPPED.has(name)) {
      context.warn(`dropped <${name}> and its content`);
    } else if (name === 'br') {
      inline.lineBreak(at.href);
    } else if (name === 'wbr') {
      // An optional break opportunity: nothing to keep.
    } else if (name === 'img' && isInlineImage(node)) {
      inline.text(node.attribs.alt ?? '', style(at));
    } else if (BLOCK.has(name)) {
      flush();
      const before = overflow.blocks;
      const blocks = readBlock(context, node, at);
      // The blocks inside it were counted as they were read (so a budget can end inside it); what counts is what it made.
      overflow.blocks = before;
      // A loop, not push(...): one element can hold 200,000 blocks, more than a call takes arguments.
      for (const block of blocks) {
        // Rules in a row with nothing between them divide nothing: one stays.
        if (block.type === 'divider' && out[out.length - 1]?.type === 'divider') {
          context.warn('merged dividers in a row (nothing between them)');
          continue;
        }
        out.push(block);
        overflow.blocks += 1;
      }
    } else if (mark !== undefined) {
      // Each mark once, however deep `<b><b><b>…` nests: the work per text run stays bounded.
      const marks = at.marks.includes(mark) ? at.marks : [...at.marks, mark];
      const inner = scopeWith(within(at, node), { marks });
      for (const child of node.children) visit(child, inner);
    } else if (name === 'a') {
      // The link is read once for all its children (and warned about once).
      const inner = scopeWith(within(at, node), { href: link(context, node, at.href) });
      for (const child of node.children) visit(child, inner);
    } else if (name === 'q') {
      const inner = within(at, node);
      inline.text('“', style(inner));
      for (const child of node.children) visit(child, inner);
      inline.text('”', style(inner));
    } else {
      if (!TRANSPARENT.has(name)) context.warn(`unwrapped ${tagLabel(name)} (text kept)`);
      const inner = within(at, node);
      for (const child of node.children) visit(child, inner);
    }
  };
  for (const node of nodes) visit(node, scope);
  flush();
  return out;
}

// Past the budget these keep nothing: no words, no block.
const WORDLESS = new Set('img picture audio video iframe embed object hr'.split(' '));

/**
 * A node past the block budget (block-budget.ts): its words only, a line per
 * block, for the article's last paragraph. Reading it as blocks would cost
 * a block's work for what the budget then folds into that paragraph.
 */
function keepWords(context: ReadContext, node: ChildNode, depth: number): void {
  const { overflow } = context;
  if (node.type === 'text') overflow.text.push(node.data);
  if (!isElement(node) || DROPPED.has(node.name) || context.skip.has(node)) return;
  if (depth > MAX_DEPTH) {
    context.warn(`dropped content nested deeper than ${MAX_DEPTH} elements`);
    return;
  }
  if (WORDLESS.has(node.name)) overflow.wordless += 1;
  const block = BLOCK.has(node.name) || node.name === 'br';
  if (block) overflow.text.push('\n');
  for (const child of node.children) keepWords(context, child, depth + 1);
  if (block) overflow.text.push('\n');
}

function link(context: ReadContext, element: Element, outer: string | undefined): string | undefined {
  const raw = element.attribs.href;
  // An anchor without href (`<a name>`) is not a link; keep any outer one.
  if (raw === undefined) return outer;
  // Counted before the address is checked, so anchors past the budget cost no URL parse.
  if (!context.takeLink()) return outer;
  const href = safeLinkUrl(raw, context.baseUrl);
  if (href === undefined) {
    context.warn(
      context.baseUrl === undefined && !/^\s*[a-z][a-z0-9+.-]*:/i.test(raw)
        ? 'dropped relative links (no baseUrl; text kept)'
        : 'dropped links that are not http(s) or mailto (text kept)',
    );
  }
  return href;
}

/** A block element read where `outer` is the scope of the run it stands in (two levels: the run's, its own). */
function readBlock(context: ReadContext, element: Element, outer: Scope): Block[] {
  const scope = within(outer, element, 2);
  const social = socialEmbed(context, element, scope);
  if (social !== undefined) return social;
  if (isPullQuote(element)) return pullQuote(context, element, scope);
  switch (element.name) {
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return heading(context, element, scope);
    case 'ul':
    case 'ol':
    case 'menu':
    case 'dir':
      return list(context, element, scope);
    case 'blockquote':
      return blockquote(context, element, scope);
    case 'figure':
      return figure(context, element, scope);
    case 'img':
    case 'picture':
      return imageBlock(context, element, scope, undefined);
    case 'audio':
      return audio(context, element, scope, undefined);
    case 'hr':
      // Built without a spread: a body can be 250,000 of these.
      return [langDirOf<DividerBlock>({ type: 'divider' }, context, scope)];
    case 'iframe':
    case 'embed':
    case 'object':
      return embed(context, element, scope, undefined);
    case 'pre':
    case 'listing':
      return readBlocks(context, element.children, scopeWith(scope, { preserve: true }));
    case 'table':
      context.warn('flattened tables into paragraphs');
      return readBlocks(context, element.children, scope);
    default:
      return readBlocks(context, element.children, scope);
  }
}

function heading(context: ReadContext, element: Element, scope: Scope): Block[] {
  const rank = Number(element.name.slice(1));
  // The article's title is the page's h1, so body headings start at 2.
  const level: 2 | 3 | 4 = rank <= 2 ? 2 : rank === 3 ? 3 : 4;
  return readBlocks(context, element.children, scope).map(
    (block): Block => (block.type === 'paragraph' ? { ...block, type: 'heading', level } : block),
  );
}

function list(context: ReadContext, element: Element, scope: Scope): Block[] {
  const items: Inline[][] = [];
  const rest: Block[] = [];
  for (const child of element.children) {
    if (!isElement(child) && (child.type !== 'text' || child.data.trim() === '')) continue;
    const nodes = isElement(child) && child.name === 'li' ? child.children : [child];
    const itemScope = isElement(child) ? within(scope, child) : scope;
    let item: Inline[] = [];
    for (const block of readBlocks(context, nodes, itemScope)) {
      if (block.type === 'paragraph' || block.type === 'heading') {
        if (item.length > 0) item.push({ type: 'break' });
        for (const inline of block.children) item.push(inline);
      } else if (block.type === 'list') {
        // The model's lists are flat: nested items follow their parent.
        context.warn('flattened nested lists');
        if (item.length > 0) items.push(item);
        item = [];
        for (const nested of block.items) items.push(nested);
      } else {
        rest.push(block);
      }
    }
    if (item.length > 0) items.push(item);
  }
  if (items.length === 0) return rest;
  return [{ type: 'list', ...langDir(context, scope), ordered: element.name === 'ol', items }, ...rest];
}

/**
 * HTML reading shared by the tweet-embed and article parsers. htmlparser2 is
 * forgiving like a browser about broken markup and runs in Node and browsers;
 * we only ever read text and attributes from its tree, never re-emit markup.
 * Every walk stops at MAX_DEPTH, so hostile nesting costs no recursion, and
 * the parse itself stops nesting at MAX_PARSE_DEPTH (see CappedParser).
 */

import { type ChildNode, DomHandler, type Element } from 'domhandler';
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { asDir, cleanLang, type Dir } from '../../i18n/language.js';
import { prototypeIsClean } from './read.js';

export type { ChildNode, Document, Element, Text } from 'domhandler';

// Real markup nests a few dozen elements; deeper than this is an attack on the recursion.
export const MAX_DEPTH = 200;

/**
 * htmlparser2 keeps its open elements in an array it shifts at the front, so
 * each tag costs time in proportion to the depth: `<div>` × 60,000 took
 * seconds. Beyond this depth an opening tag is ignored (its content stays,
 * one level up), which keeps every tag's cost bounded. It is above MAX_DEPTH,
 * so whatever is flattened here is already too deep for every reader.
 */
export const MAX_PARSE_DEPTH = 256;

/** The fields and methods of htmlparser2's Parser this file uses (pinned version; tests/hostile checks the cap holds). */
interface ParserState {
  stack: string[];
  foreignContext: unknown[];
  tagname: string;
  attribs: Record<string, string> | null;
  startIndex: number;
  endIndex: number;
  openTagStart: number;
  readTagName(start: number, endIndex: number): string;
  isVoidElement(name: string): boolean;
}

class CappedParser extends Parser {
  flattened = 0;

  override onopentagname(start: number, endIndex: number): void {
    const state = this as unknown as ParserState;
    // At the cap, an opening tag (not a void one, which never nests) is ignored before htmlparser2 sees
    // it: its own push and our undoing would each move the whole stack, 2 × 256 entries per hostile tag.
    // What is skipped is only what such a tag would do: the tags it implies closed stay open, its
    // attributes are dropped, its content stays one level up.
    if (state.stack.length >= MAX_PARSE_DEPTH && !state.isVoidElement(state.readTagName(start, endIndex))) {
      state.endIndex = endIndex;
      state.openTagStart = state.startIndex;
      state.tagname = '';
      state.attribs = null;
      this.flattened += 1;
      return;
    }
    const foreign = state.foreignContext.length;
    super.onopentagname(start, endIndex);
    if (state.stack.length <= MAX_PARSE_DEPTH) return;
    // Not reached while the check above holds (one push from below the cap); kept so the cap holds regardless.
    state.stack.shift();
    if (state.foreignContext.length > foreign) state.foreignContext.shift();
    state.tagname = '';
    state.attribs = null;
    this.flattened += 1;
  }
}

/**
 * How many of these empty elements in a row (white space between them allowed) carry anything: a line's end and
 * one blank line, one rule, and no optional break (`<wbr>` shows nothing, and its neighbours' text joins). More
 * are never built: `<br>` × 1,000,000 would be a million elements to build, walk and collect.
 */
const KEPT_IN_A_ROW = new Map([
  ['br', 2],
  ['hr', 1],
  ['wbr', 0],
]);

class OwnAttributesHandler extends DomHandler {
  // Attributes without a prototype when Object.prototype is polluted: it must not lend an element an `href`.
  private readonly copy = !prototypeIsClean();
  /** `<br>` and `<hr>` left out as repeats. */
  repeated = 0;
  private run = { name: '', count: 0, parent: undefined as unknown };
  private skipClose = false;

  override onopentag(name: string, attribs: { [key: string]: string }): void {
    const kept = KEPT_IN_A_ROW.get(name);
    if (kept === undefined) this.run.name = '';
    else {
      const parent = this.tagStack[this.tagStack.length - 1];
      if (this.run.name === name && this.run.parent === parent) this.run.count += 1;
      else this.run = { name, count: 1, parent };
      // A void element's close comes right after its open: it is skipped with it.
      if (this.run.count > kept) {
        // `<wbr>` never carried anything to report.
        if (kept > 0) this.repeated += 1;
        this.skipClose = true;
        return;
      }
    }
    super.onopentag(
      name,
      this.copy ? Object.assign(Object.create(null) as { [key: string]: string }, attribs) : attribs,
    );
  }

  override onclosetag(): void {
    if (this.skipClose) this.skipClose = false;
    else super.onclosetag();
  }

  override ontext(data: string): void {
    if (/\S/.test(data)) this.run.name = '';
    super.ontext(data);
  }
}

export interface ParsedHtml {
  nodes: ChildNode[];
  /** Opening tags ignored because they nested deeper than MAX_PARSE_DEPTH. */
  flattened: number;
  /** `<br>` and `<hr>` left out as repeats (see KEPT_IN_A_ROW). */
  repeated: number;
}

export function parseHtml(html: string): ParsedHtml {
  const handler = new OwnAttributesHandler();
  const parser = new CappedParser(handler, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  parser.end(html);
  return { nodes: handler.root.children, flattened: parser.flattened, repeated: handler.repeated };
}

/** The warning a reader gives for the `<br>` and `<hr>` the parse left out as repeats. */
export function repeatedWarning(count: number): string {
  return `dropped ${count} repeated <br> and <hr> (more than one blank line, rules in a row)`;
}

/** The warning a reader gives when the parse flattened hostile nesting. */
export function flattenedWarning(count: number): string {
  return `flattened ${count} elements nested deeper than ${MAX_PARSE_DEPTH} (text kept, one level up)`;
}

/** `&amp;` → `&`, `&gt;` → `>`, numeric references too; text only. */
export function decodeEntities(text: string): string {
  // Every reference starts with "&"; most text has none, and the decoder's walk costs more than this check.
  return text.includes('&') ? decodeHTML(text) : text;
}

export function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The element's class tokens, lower-cased (class names in CMS markup vary in case). */
const NO_CLASSES: readonly string[] = Object.freeze([]);

/** The element's class tokens, lower-cased. Most elements have none: they share one empty list, not three new arrays. */
export function classes(element: Element): readonly string[] {
  const raw = element.attribs.class;
  if (raw === undefined || raw === '') return NO_CLASSES;
  return raw.toLowerCase().split(/\s+/).filter(Boolean);
}

export function childElements(nodes: readonly ChildNode[]): Element[] {
  return nodes.filter(isElement);
}

/** Every element below `nodes`, depth first, not entering the insides of `stop` elements. */
export function descendants(nodes: readonly ChildNode[], stop?: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (list: readonly ChildNode[], depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (const node of list) {
      if (!isElement(node)) continue;
      found.push(node);
      if (stop === undefined || !stop(node)) walk(node.children, depth + 1);
    }
  };
  walk(nodes, 0);
  return found;
}

export interface TextOptions {
  /** Elements whose content is never text a reader sees (code, styles, foreign content). */
  skip: ReadonlySet<string>;
  /** What a `<br>` becomes. */
  lineBreak: string;
  /** Added after each `<p>`, so paragraphs stay apart. */
  paragraphEnd?: string;
  /** HTML's whitespace rule, per text node: runs of spaces and source line breaks are one space. */
  collapse?: boolean;
}

/**
 * HTML whitespace rules: source line breaks and runs of spaces are one space; only `<br>` breaks a line. Tested
 * first: most prose has nothing to collapse, and the replace would match, and copy, every single space.
 */
export function collapseSpace(text: string): string {
  return /[\t\n\r\f]| {2}/.test(text) ? text.replace(/[ \t\n\r\f]+/g, ' ') : text;
}

/** The text of `nodes` as a reader sees it: no markup, skipped elements left out. */
export function textOf(nodes: readonly ChildNode[], options: TextOptions, depth = 0): string {
  if (depth > MAX_DEPTH) return '';
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += options.collapse ? collapseSpace(node.data) : node.data;
    else if (isElement(node) && !options.skip.has(node.name)) {
      text += node.name === 'br' ? options.lineBreak : textOf(node.children, options, depth + 1);
      if (node.name === 'p' && options.paragraphEnd !== undefined) text += options.paragraphEnd;
    }
  }
  return text;
}

/** The element's own `lang`, when it is a well-formed tag. */
export function langOf(element: Element | undefined): string | undefined {
  return cleanLang(element?.attribs.lang);
}

/** The element's own `dir`, when it is one HTML knows. */
export function dirOf(element: Element | undefined): Dir | undefined {
  return asDir(element?.attribs.dir?.trim().toLowerCase());
}

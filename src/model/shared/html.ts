/**
 * HTML reading shared by the tweet-embed and article parsers. htmlparser2 is
 * forgiving like a browser about broken markup and runs in Node and browsers;
 * we only ever read text and attributes from its tree, never re-emit markup.
 * Every walk stops at MAX_DEPTH, so hostile nesting costs no recursion.
 */

import type { ChildNode, Document, Element } from 'domhandler';
import { decodeHTML } from 'entities';
import { parseDocument } from 'htmlparser2';
import { asDir, cleanLang, type Dir } from '../../i18n/language.js';

export type { ChildNode, Document, Element, Text } from 'domhandler';

// Real markup nests a few dozen elements; deeper than this is an attack on the recursion.
export const MAX_DEPTH = 200;

export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

/** `&amp;` → `&`, `&gt;` → `>`, numeric references too; text only. */
export function decodeEntities(text: string): string {
  return decodeHTML(text);
}

export function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The element's class tokens, lower-cased (class names in CMS markup vary in case). */
export function classes(element: Element): string[] {
  return (element.attribs.class ?? '').toLowerCase().split(/\s+/).filter(Boolean);
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

/** HTML whitespace rules: source line breaks and runs of spaces are one space; only `<br>` breaks a line. */
export function collapseSpace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
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

/**
 * HTML reading shared by the tweet-embed and article parsers. htmlparser2 is
 * forgiving like a browser about broken markup and runs in Node and browsers;
 * we only ever read text and attributes from its tree, never re-emit markup.
 */

import type { ChildNode, Document, Element } from 'domhandler';
import { decodeHTML } from 'entities';
import { parseDocument } from 'htmlparser2';

export type { ChildNode, Document, Element, Text } from 'domhandler';

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

/**
 * What a stored embed still tells the reader when it isn't a tweet we can
 * read: its text (the tweet's own paragraph when there is one) and the link
 * to the post. Only text and one checked URL leave here; never markup.
 */
import { type ChildNode, type Element, isElement, parseHtml } from '../shared/html.js';
import { safeHttpUrl } from '../shared/url.js';

const STATUS = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/[^/]+\/status(?:es)?\/\d+/i;

function textOf(nodes: ChildNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.data;
    else if (isElement(node)) {
      if (node.name === 'br') text += '\n';
      else if (node.name !== 'script' && node.name !== 'style') text += textOf(node.children);
      if (node.name === 'p') text += '\n';
    }
  }
  return text;
}

function elements(nodes: ChildNode[], out: Element[] = []): Element[] {
  for (const node of nodes) {
    if (isElement(node)) {
      out.push(node);
      elements(node.children, out);
    }
  }
  return out;
}

export function embedFallback(html: string): { text: string; url?: string; lang?: string } {
  const all = elements(parseHtml(html).children);
  const paragraph = all.find(
    (el) => el.name === 'p' && el.parent && isElement(el.parent) && el.parent.name === 'blockquote',
  );
  const source = paragraph ?? all.find((el) => el.name === 'blockquote');
  const text = textOf(source ? [source] : parseHtml(html).children)
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  const url = all
    .filter((el) => el.name === 'a')
    .map((el) => safeHttpUrl(el.attribs.href))
    .filter((href): href is string => href !== undefined && STATUS.test(href))
    .pop();
  const lang = paragraph?.attribs.lang;
  return { text, ...(url ? { url } : {}), ...(lang && /^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(lang) ? { lang } : {}) };
}

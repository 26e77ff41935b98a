/**
 * What a stored embed still tells the reader when it isn't a tweet we can
 * read: its text (the tweet's own paragraph when there is one) and the link
 * to the post. Only text and one checked URL leave here; never markup.
 */
import { cleanLang } from '../../i18n/language.js';
import { type ChildNode, descendants, type Element, isElement, type TextOptions, textOf } from '../shared/html.js';
import { trimAroundBreaks } from '../shared/text.js';
import { safeHttpUrl } from '../shared/url-fast.js';
import { NOT_TWEET_TEXT } from './embed-items.js';
import { parseStatusUrl } from './links.js';

export interface EmbedFallback {
  /** The post's words, lines separated by `\n`. */
  text: string;
  /** The post on X (an http(s) status link as the markup wrote it). */
  url?: string;
  lang?: string;
}

/** The most text a fallback keeps (characters): the embed HTML itself is at most 100,000. */
export const MAX_FALLBACK_TEXT = 100_000;

const FALLBACK_TEXT: TextOptions = { skip: NOT_TWEET_TEXT, lineBreak: '\n', paragraphEnd: '\n' };

/** The last link in `nodes` that points at a status on X, as written (http(s) only). */
export function lastStatusLink(nodes: readonly ChildNode[]): string | undefined {
  return lastStatusIn(descendants(nodes));
}

// From the end: the last link that is a status is the answer, and the links before it need no URL check.
function lastStatusIn(elements: readonly Element[]): string | undefined {
  for (let index = elements.length - 1; index >= 0; index -= 1) {
    const element = elements[index];
    if (element?.name !== 'a') continue;
    const href = safeHttpUrl(element.attribs.href);
    if (href !== undefined && parseStatusUrl(href) !== undefined) return href;
  }
  return undefined;
}

/** The fallback of already parsed embed markup. */
export function readEmbedFallback(nodes: readonly ChildNode[]): EmbedFallback {
  const all = descendants(nodes);
  const paragraph = all.find(
    (element) =>
      element.name === 'p' &&
      element.parent !== null &&
      isElement(element.parent) &&
      element.parent.name === 'blockquote',
  );
  const source = paragraph ?? all.find((element) => element.name === 'blockquote');
  const text = trimAroundBreaks(textOf(source ? [source] : nodes, FALLBACK_TEXT).replace(/[ \t]+/g, ' '), 'whitespace')
    .trim()
    .slice(0, MAX_FALLBACK_TEXT);
  // One walk of the markup serves the paragraph, the text's source and the link.
  const url = lastStatusIn(all);
  const lang = cleanLang(paragraph?.attribs.lang);
  return { text, ...(url ? { url } : {}), ...(lang ? { lang } : {}) };
}

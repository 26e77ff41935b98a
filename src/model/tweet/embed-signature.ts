/**
 * The author line that ends an embed: `— Name (@handle) <a href="…/status/ID">Date</a>`.
 * Publishers edit it: an empty name, a Markdown-escaped handle, an en dash or hyphen.
 */
import type { Item } from './embed-items.js';
import { itemText } from './embed-items.js';
import { isHandle, parseStatusUrl } from './links.js';

export interface EmbedSignature {
  name: string;
  handle: string;
  /** Where the signature starts: items before it, plus `bodyTail` text, are the tweet. */
  itemIndex: number;
  bodyTail: string;
  link: { href: string; text: string };
}

/**
 * The author line is the LAST link preceded (in its own run of text) by
 * `— Name (@handle)`; the tweet's own text may contain both dashes and `(@x)`.
 */
export function findSignature(items: readonly Item[]): EmbedSignature | undefined {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const link = items[index];
    if (link?.kind !== 'link') continue;
    let start = index;
    let run = '';
    while (start > 0) {
      const previous = items[start - 1];
      if (previous === undefined || previous.kind === 'link' || previous.kind === 'block') break;
      run = itemText(previous) + run;
      start -= 1;
    }
    const parsed = splitSignature(run, link.href);
    if (parsed === undefined) continue;
    return { ...parsed, itemIndex: start, link: { href: link.href, text: link.text } };
  }
  return undefined;
}

// A display name is at most 50 characters; looking further back only costs time on hostile input.
const SIGNATURE_WINDOW = 400;
// `(@handle)` ending the run; Markdown sources escape underscores (`@\_Alignof`).
const SIGNATURE_END = /\(\s{0,3}@((?:\\?[A-Za-z0-9_]){1,50})\s{0,3}\)\s*$/;
// Hyphens are a CMS's stand-in for the dash and can sit inside names; a few tries are enough.
const MAX_HYPHEN_TRIES = 5;

/**
 * The name and handle at the end of `run`, and the tweet's text before them.
 * A signature that lost its display name (`&mdash; (@handle)`) or escaped its
 * handle is taken only when the status link names the same account: the
 * handle then stands in for the name.
 */
function splitSignature(run: string, href: string): Omit<EmbedSignature, 'itemIndex' | 'link'> | undefined {
  const offset = Math.max(0, run.length - SIGNATURE_WINDOW);
  const window = run.slice(offset);
  const end = SIGNATURE_END.exec(window);
  const written = end?.[1];
  if (end === null || written === undefined) return undefined;
  const handle = written.replace(/\\/g, '');
  if (!isHandle(handle)) return undefined;
  const vouched = parseStatusUrl(href)?.handle?.toLowerCase() === handle.toLowerCase();
  if (written !== handle && !vouched) return undefined;
  const before = window.slice(0, end.index);
  // Prefer the em dash X writes.
  for (const dash of ['—', '–', '-']) {
    let at = before.lastIndexOf(dash);
    for (let tries = 0; at >= 0 && tries < MAX_HYPHEN_TRIES; tries += 1) {
      const rest = before.slice(at + dash.length);
      // A hyphen inside a word ("Jean-Luc") is part of the name, not the separator.
      if (dash !== '-' || /^\s/.test(rest)) {
        const name = rest.trim();
        if (name !== '' || vouched) return { name: name || handle, handle, bodyTail: run.slice(0, offset + at) };
      }
      at = dash === '-' && at > 0 ? before.lastIndexOf(dash, at - 1) : -1;
    }
  }
  return undefined;
}

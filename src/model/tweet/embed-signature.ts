/**
 * The author line that ends an embed: `— Name (@handle) <a href="…/status/ID">Date</a>`.
 */
import type { Item } from './embed-items.js';
import { itemText } from './embed-items.js';
import { isHandle } from './links.js';

export interface EmbedSignature {
  name: string;
  handle: string;
  /** Where the signature starts: items before it, plus `bodyTail` text, are the tweet. */
  itemIndex: number;
  bodyTail: string;
  link: { href: string; text: string };
}

const SIGNATURE_TAIL = /^\s*(.+?)\s*\(\s*@([A-Za-z0-9_]{1,50})\s*\)\s*$/s;

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
    const parsed = splitSignature(run);
    if (parsed === undefined) continue;
    return { ...parsed, itemIndex: start, link: { href: link.href, text: link.text } };
  }
  return undefined;
}

// A display name is at most 50 characters; looking further back only costs time on hostile input.
const SIGNATURE_WINDOW = 400;
const SIGNATURE_END = /\(\s*@[A-Za-z0-9_]{1,50}\s*\)\s*$/;

function splitSignature(run: string): Omit<EmbedSignature, 'itemIndex' | 'link'> | undefined {
  const offset = Math.max(0, run.length - SIGNATURE_WINDOW);
  const window = run.slice(offset);
  if (!SIGNATURE_END.test(window)) return undefined;
  // Prefer the em dash X writes; hyphens are a CMS's stand-in and can sit inside names.
  for (const dash of ['—', '–', '-']) {
    let at = window.lastIndexOf(dash);
    while (at >= 0) {
      const rest = window.slice(at + dash.length);
      // A hyphen inside a word ("Jean-Luc") is part of the name, not the separator.
      const separates = dash !== '-' || /^\s/.test(rest);
      const match = separates ? SIGNATURE_TAIL.exec(rest) : null;
      const name = match?.[1]?.trim();
      const handle = match?.[2];
      if (name && handle && isHandle(handle)) return { name, handle, bodyTail: run.slice(0, offset + at) };
      at = dash === '-' && at > 0 ? window.lastIndexOf(dash, at - 1) : -1;
    }
  }
  return undefined;
}

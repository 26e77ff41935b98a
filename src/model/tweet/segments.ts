/**
 * Building TweetSegment lists: adjacent text is merged, empty text dropped,
 * and a link whose href fails the URL gate degrades to plain text.
 */

import { safeHttpUrl } from '../shared/url-fast.js';
import type { TweetSegment } from './types.js';

export type LinkKind = Exclude<TweetSegment['type'], 'text'>;

export function pushText(segments: TweetSegment[], text: string): void {
  if (text === '') return;
  const last = segments[segments.length - 1];
  if (last?.type === 'text' && last.emoji === undefined) {
    segments[segments.length - 1] = { type: 'text', text: last.text + text };
  } else {
    segments.push({ type: 'text', text });
  }
}

export function pushLink(segments: TweetSegment[], type: LinkKind, text: string, href: unknown): void {
  const safe = safeHttpUrl(href);
  if (safe === undefined || text === '') {
    pushText(segments, text);
    return;
  }
  segments.push({ type, text, href: safe });
}

/**
 * A link whose href is already what the gate would give: one links.ts built
 * (X's origin, then a name through encodeURIComponent), or one the caller
 * has just passed through `safeHttpUrl`. A text of nothing but mentions makes
 * one per three characters, and each skips a second trip through the gate.
 */
export function pushGatedLink(segments: TweetSegment[], type: LinkKind, text: string, href: string) {
  if (text === '') return;
  segments.push({ type, text, href });
}

/** X cuts long tweets with `…` followed by a link to the rest (or to the media). */
export function endsTruncated(body: readonly TweetSegment[]): boolean {
  let index = body.length - 1;
  while (index >= 0 && body[index]?.type !== 'text') index -= 1;
  const hasTrailingLink = index < body.length - 1;
  const text = body[index]?.text.trimEnd() ?? '';
  return hasTrailingLink && text.endsWith('…');
}

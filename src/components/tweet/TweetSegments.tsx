import type { ReactNode } from 'react';
import { LINE_BREAK } from '../../model/shared/text.js';
import type { TweetSegment } from '../../model/tweet/types.js';
import { linkHref } from '../gate.js';
import { REL, type TweetContext } from './context.js';
import { emoji } from './TweetEmoji.js';

/**
 * Appends text to a list of children. Text next to text is joined into one
 * string: React separates adjacent text nodes with `<!-- -->` in server HTML,
 * and each node is work for the render.
 */
export function pushText(out: ReactNode[], text: string): void {
  const last = out.length - 1;
  if (typeof out[last] === 'string') out[last] += text;
  else if (text !== '') out.push(text);
}

/**
 * Three or more break characters in a row hold at least two breaks (a break
 * is one or two characters), which is what a run renders: a line's end and
 * one blank line; more shows no content. Collapsed before the split, so a
 * stored post of a million breaks is one pass, not a million lines to walk.
 */
export const BREAK_RUNS = /[\r\n]{3,}/g;

/**
 * Children of one text block past which its line breaks read as spaces. No
 * post comes near it (a 25,000-character note of one-word lines would), but
 * a stored fallback of 50,000 one-letter lines took 56 ms to render, and
 * React's time per child grows with the list.
 */
export const MAX_LINE_NODES = 2000;

/**
 * Appends text with its line breaks as <br>, so they survive without the
 * stylesheet (feeds, reader modes). Old tweets break lines with a bare \r.
 */
export function pushLines(out: ReactNode[], text: string, key: number): void {
  text
    .replace(BREAK_RUNS, '\n\n')
    .split(LINE_BREAK)
    .forEach((part, i) => {
      // Lines of one immutable string never reorder: their position is their identity.
      // biome-ignore lint/suspicious/noArrayIndexKey: see above
      if (i && out.length < MAX_LINE_NODES) out.push(<br key={`${key}.${i}`} />);
      else if (i) pushText(out, ' ');
      if (part) pushText(out, part);
    });
}

/** Text with its line breaks as <br>. */
export function lines(text: string): ReactNode {
  const out: ReactNode[] = [];
  pushLines(out, text, 0);
  return out.length === 1 ? out[0] : out;
}

/*
 * Text, links and custom emoji of a post (or a Community Note). Each entity
 * is its own direction island: "@handle" and URLs are left to right even
 * inside Persian text (else the @ lands on the wrong end), and a hashtag
 * takes the direction of its own script.
 */
export function pushSegments(out: ReactNode[], segments: readonly TweetSegment[], ctx: TweetContext): ReactNode[] {
  const { Link } = ctx;
  // Segments never reorder, so their position is their key.
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as TweetSegment;
    if (segment.type === 'text' && segment.emoji) {
      const image = emoji(segment.text, segment.emoji, ctx, i);
      if (typeof image === 'string') pushText(out, image);
      else out.push(image);
      continue;
    }
    const href = segment.type === 'text' ? undefined : linkHref(segment.href);
    // A link whose URL fails the gate stays its text.
    if (href === undefined) pushLines(out, segment.text, i);
    else
      out.push(
        <Link key={i} href={href} rel={REL} dir={segment.type === 'hashtag' ? 'auto' : 'ltr'}>
          {segment.text}
        </Link>,
      );
  }
  return out;
}

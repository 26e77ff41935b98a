/**
 * Collects styled text runs and line breaks as a parser meets them, then
 * turns them into `Inline[]`: HTML whitespace collapsed, marks in one order,
 * neighbours with the same style merged, runs sharing a link grouped under it.
 */
import { collapseSpace } from '../shared/html.js';
import { LINE_BREAK, trimSpacesEnd, trimSpacesStart } from '../shared/text.js';
import type { Inline, Mark } from './types.js';

/** How a run of text is set: marks, the link it is in, and its language where it differs from its block's. */
export interface RunStyle {
  marks?: readonly Mark[];
  href?: string | undefined;
  lang?: string | undefined;
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
}

const MARK_ORDER: readonly Mark[] = ['strong', 'em', 'code', 'sub', 'sup', 'strike'];

// C0/C1 controls (but tab and newline) can't be typed and only confuse renderers.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being removed
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;

// A break is a run whose text is exactly "\n" (collapsed or split text never
// is); carrying an href keeps a break inside its link.
interface Run extends RunStyle {
  text: string;
  /** Whitespace inside `<pre>` is content: never trimmed. */
  preserve?: boolean;
}
interface LinkNode {
  type: 'link';
  href: string;
  children: Inline[];
}

export function cleanText(text: string): string {
  return text.replace(CONTROL, '');
}

export function sortMarks(marks: Iterable<Mark>): Mark[] {
  const set = new Set(marks);
  return MARK_ORDER.filter((mark) => set.has(mark));
}

/** Line breaks in a row that are kept outside `<pre>`: a line's end and one blank line. */
const MAX_BREAKS = 2;

export class InlineBuilder {
  private pieces: Run[] = [];
  // Line breaks since the last text that shows: more than MAX_BREAKS in a row show no content, and
  // `<br>` × 1,000,000 would be a million inlines to trim, group and render.
  private breaks = 0;

  /** `preserve` keeps spaces and turns newlines into breaks, as inside `<pre>`. */
  text(text: string, style: RunStyle = {}, preserve = false): void {
    const clean = cleanText(text);
    if (!preserve) {
      const collapsed = collapseSpace(clean);
      // Spelled out, not spread: a spread copies by looking up each key, once per text node of a page.
      this.pieces.push({ marks: style.marks, href: style.href, lang: style.lang, dir: style.dir, text: collapsed });
      if (collapsed !== ' ' && collapsed !== '') this.breaks = 0;
      return;
    }
    // Inside `<pre>` blank lines are content: every one is kept.
    clean.split(LINE_BREAK).forEach((line, index) => {
      if (index > 0) this.pieces.push({ text: '\n', href: style.href });
      if (line !== '') this.pieces.push({ ...style, text: line, preserve: true });
    });
    this.breaks = 0;
  }

  lineBreak(href?: string): void {
    if (this.breaks >= MAX_BREAKS) return;
    this.breaks += 1;
    this.pieces.push({ text: '\n', href });
  }

  /**
   * One line of unstyled text as `text(line)` then `take()` give it, without the builder's runs and lists: copied
   * text is mostly lines without a link, and a line of a few characters paid for all of them.
   */
  static line(line: string): Inline[] {
    const clean = cleanText(line);
    const collapsed = collapseSpace(clean);
    if (collapsed.trim() === '') return [];
    return [{ type: 'text', text: trimSpacesEnd(trimSpacesStart(collapsed)) }];
  }

  /** Whether nothing was collected since the last take. */
  get empty(): boolean {
    return this.pieces.length === 0;
  }

  /** The collected inlines (empty when blank); the builder starts over. */
  take(): Inline[] {
    const pieces = this.pieces;
    this.breaks = 0;
    // Blocks in a row flush an empty builder before each: no new array for nothing.
    if (pieces.length === 0) return [];
    this.pieces = [];
    if (pieces.every((piece) => isBreak(piece) || piece.text.trim() === '')) return [];
    return group(trimLines(pieces));
  }
}

function isBreak(piece: Run): boolean {
  return piece.text === '\n';
}

// Spaces at the edges of a line, and a space after a space, render as nothing.
function trimLines(pieces: Run[]): Run[] {
  const out: Run[] = [];
  let atLineStart = true;
  for (const piece of pieces) {
    if (isBreak(piece)) {
      trimEnd(out);
      out.push(piece);
      atLineStart = true;
      continue;
    }
    if (piece.preserve) {
      out.push(piece);
      atLineStart = false;
      continue;
    }
    let text = piece.text;
    const previous = out.at(-1);
    if ((atLineStart || previous?.text.endsWith(' ')) && text.startsWith(' ')) text = trimSpacesStart(text);
    if (text === '') continue;
    out.push(text === piece.text ? piece : { ...piece, text });
    atLineStart = false;
  }
  trimEnd(out);
  for (let last = out.at(-1); last !== undefined && isBreak(last); last = out.at(-1)) out.pop();
  // One slice, not a shift per leading break: `<br>` × 100,000 would cost time in its square.
  let first = 0;
  while (first < out.length && isBreak(out[first] as Run)) first += 1;
  return first === 0 ? out : out.slice(first);
}

function trimEnd(out: Run[]): void {
  for (let last = out.at(-1); last !== undefined && !isBreak(last) && !last.preserve; last = out.at(-1)) {
    const text = trimSpacesEnd(last.text);
    if (text !== '') {
      out[out.length - 1] = { ...last, text };
      return;
    }
    out.pop();
  }
}

type TextInline = Extract<Inline, { type: 'text' }>;

function textInline(run: Run): TextInline {
  const inline: TextInline = { type: 'text', text: run.text };
  // Most runs carry no mark: no set and no list to build for them.
  if (run.marks !== undefined && run.marks.length > 0) inline.marks = sortMarks(run.marks);
  if (run.lang !== undefined) inline.lang = run.lang;
  if (run.dir !== undefined) inline.dir = run.dir;
  return inline;
}

function sameStyle(a: TextInline, b: TextInline): boolean {
  const marksA = a.marks ?? [];
  const marksB = b.marks ?? [];
  return (
    a.lang === b.lang &&
    a.dir === b.dir &&
    marksA.length === marksB.length &&
    marksA.every((mark, index) => mark === marksB[index])
  );
}

function appendText(target: Inline[], run: Run): void {
  const last = target.at(-1);
  const next = textInline(run);
  // Every inline here was made by textInline for this list alone, so the last one can grow in place: a copy per
  // merge was garbage for each of a long paragraph's runs.
  if (last?.type === 'text' && sameStyle(last, next)) last.text += next.text;
  else target.push(next);
}

function group(pieces: Run[]): Inline[] {
  const out: Inline[] = [];
  let link: LinkNode | undefined;
  for (const piece of pieces) {
    if (piece.href === undefined) {
      link = undefined;
      if (isBreak(piece)) out.push({ type: 'break' });
      else appendText(out, piece);
      continue;
    }
    if (link?.href !== piece.href) {
      link = { type: 'link', href: piece.href, children: [] };
      out.push(link);
    }
    if (isBreak(piece)) link.children.push({ type: 'break' });
    else appendText(link.children, piece);
  }
  return out;
}

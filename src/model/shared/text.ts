// Whitespace trimming written as loops. A pattern like `/ +$/`, or spaces
// around a line break, restarts at every space of a long run and rescans it,
// so a run of n spaces costs n² steps; these walk each character once.

const SPACE = 32;

/** One line break as text carries it: `\r\n`, a bare `\r` (old tweets) or `\n`. */
export const LINE_BREAK = /\r\n?|\n/;

/**
 * Every run of white space (`\s`) as one space, trimmed. Tested first: in ordinary prose the replace would match,
 * and copy, every single space; most text has nothing to collapse.
 */
export function collapseWhitespace(text: string): string {
  return (/[^\S ]|\s{2}/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** `text` without the spaces (U+0020 only) at its end. */
export function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === SPACE) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the spaces (U+0020 only) at its start. */
export function trimSpacesStart(text: string): string {
  let start = 0;
  while (start < text.length && text.charCodeAt(start) === SPACE) start += 1;
  return start === 0 ? text : text.slice(start);
}

/**
 * Spaces where text meets a line break go: `spaces` removes U+0020 on both
 * sides of each `\n` (blank lines stay); `whitespace` makes every run of
 * whitespace holding a line break one `\n` (blank lines go). The text's own
 * start and end are left as they are.
 */
export function trimAroundBreaks(text: string, trim: 'spaces' | 'whitespace'): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const last = lines.length - 1;
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (trim === 'spaces') {
      let kept = index > 0 ? trimSpacesStart(line) : line;
      if (index < last) kept = trimSpacesEnd(kept);
      out.push(kept);
      return;
    }
    let kept = index > 0 ? line.trimStart() : line;
    if (index < last) kept = kept.trimEnd();
    if (kept !== '' || index === 0 || index === last) out.push(kept);
  });
  return out.join('\n');
}

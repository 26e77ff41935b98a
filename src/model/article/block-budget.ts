/**
 * Blocks kept in one article, from HTML or copied text. A server renders a
 * block in one to three microseconds, and a block can cost five characters of
 * input: a megabyte of `<li>a` read as 200,000 paragraphs and rendered in over
 * a second. The longest live blogs hold a few thousand blocks; past this
 * budget the rest keep their words, as one paragraph, with a warning.
 */
import { blocksText } from './json-ld.js';
import type { Block } from './types.js';

export const MAX_BLOCKS = 20_000;

// The blocks blocksText reads the words of; the rest (media, embeds, posts, pull quotes that repeat the text) have none.
const WORDED = new Set<Block['type']>(['paragraph', 'heading', 'list', 'quote']);

/**
 * `blocks` held to MAX_BLOCKS: past it, the words of the rest as one last
 * paragraph, followed by `unread`, text the parser kept without reading it.
 */
export function withinBlockBudget(blocks: Block[], warn: (message: string) => void, unread = ''): Block[] {
  if (blocks.length <= MAX_BLOCKS && unread === '') return blocks;
  const rest = blocks.slice(MAX_BLOCKS);
  const kept = blocks.slice(0, MAX_BLOCKS);
  const text = [blocksText(rest), unread].filter((part) => part !== '').join('\n');
  if (text !== '') kept.push({ type: 'paragraph', children: [{ type: 'text', text }] });
  if (rest.length === 0) return kept;
  const wordless = rest.filter((block) => !WORDED.has(block.type)).length;
  warn(
    `read the ${rest.length} blocks past the first ${MAX_BLOCKS.toLocaleString('en')} as one paragraph of their text` +
      dropped(wordless),
  );
  return kept;
}

const TEXT = /\S/g;

/**
 * Copied text held to the budget before any rule reads its lines: the part
 * to read, and the words of the rest. A line with text makes at most one block
 * (but where signatures are split out of it), so past MAX_BLOCKS such lines
 * the rest could only overflow; reading it line by line first cost a
 * megabyte of one-word lines a quarter of a second. Its words stay, a line each.
 */
export function textWithinBudget(text: string, warn: (message: string) => void): [read: string, unread: string] {
  // Fewer line breaks than the budget: fewer lines than it, whatever they hold (most articles, told by one search a line).
  let breaks = 0;
  for (let found = text.indexOf('\n'); found >= 0 && breaks < MAX_BLOCKS; found = text.indexOf('\n', found + 1)) {
    breaks += 1;
  }
  if (breaks < MAX_BLOCKS) return [text, ''];
  let withText = 0;
  let at = 0;
  TEXT.lastIndex = 0;
  // From one character that is not a space to the next: blank lines between them are passed over in one search.
  for (let found = TEXT.exec(text); found !== null; found = TEXT.exec(text)) {
    const start = text.lastIndexOf('\n', found.index) + 1;
    if (++withText > MAX_BLOCKS) {
      at = start;
      break;
    }
    const end = text.indexOf('\n', found.index);
    if (end < 0) break;
    TEXT.lastIndex = end + 1;
  }
  if (at === 0) return [text, ''];
  const unread = unreadWords(text.slice(at));
  warn(unreadWarning(unread, 'lines with text'));
  return [text.slice(0, at), unread];
}

/** Text kept past the budget, a line per line or block: space runs one space, no blank lines. */
export function unreadWords(text: string): string {
  // Passes that move forward only and match only what they change.
  return text
    .replace(/[^\S \n]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ \n\s*|\n\s+/g, '\n')
    .trim();
}

/** What a parser says of the text it kept, unread, past the first MAX_BLOCKS lines or blocks. */
export function unreadWarning(unread: string, past: 'lines with text' | 'blocks', wordless = 0): string {
  const first = `the first ${MAX_BLOCKS.toLocaleString('en')} ${past}`;
  if (unread === '') return `dropped ${wordless} blocks without text, such as media and embeds, past ${first}`;
  return `read the ${unread.length.toLocaleString('en')} characters past ${first} as one paragraph${dropped(wordless)}`;
}

const dropped = (wordless: number) =>
  wordless > 0 ? ` (${wordless} without text, such as media and embeds, dropped)` : '';

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

/** `blocks` held to MAX_BLOCKS: past it, the words of the rest as one last paragraph. */
export function withinBlockBudget(blocks: Block[], warn: (message: string) => void): Block[] {
  if (blocks.length <= MAX_BLOCKS) return blocks;
  const rest = blocks.slice(MAX_BLOCKS);
  const kept = blocks.slice(0, MAX_BLOCKS);
  const text = blocksText(rest);
  if (text !== '') kept.push({ type: 'paragraph', children: [{ type: 'text', text }] });
  const wordless = rest.filter((block) => !WORDED.has(block.type)).length;
  warn(
    `read the ${rest.length} blocks past the first ${MAX_BLOCKS.toLocaleString('en')} as one paragraph of their text` +
      (wordless > 0 ? ` (${wordless} without text, such as media and embeds, dropped)` : ''),
  );
  return kept;
}

// parseBlueskyText keeps one blank line of each run (spaces on them or not) without cutting the run into strings.
// Whatever the run, the post must be what it is with each run already cut to its first blank line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBlueskyText } from '../../../src/model/bluesky/embed.js';

const SIGNATURE = '— Reporter (@reporter.example.com) April 16, 2025 at 11:57 PM';

/** The lines as a plain split gives them, each run of blank lines cut to its first. */
function cutRuns(text: string): string {
  const kept: string[] = [];
  let blanks = 0;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    blanks = line.trim() === '' ? blanks + 1 : 0;
    if (blanks <= 1) kept.push(line);
  }
  return kept.join('\n');
}

const piece = fc.constantFrom(
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\u00a0',
  '\t',
  '\u2003',
  'a',
  'word',
  '#tag',
  'https://a.example/x',
);

describe('parseBlueskyText blank lines', () => {
  it('reads a text as it reads its runs of blank lines cut to one (2,000 runs)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(piece, { maxLength: 6 }), (body, after) => {
        const text = `${body.join('')}\n${SIGNATURE}${after.join('')}`;
        expect(parseBlueskyText(text)).toEqual(parseBlueskyText(cutRuns(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a blank line between paragraphs and drops the rest of a run', () => {
    const result = parseBlueskyText(`first\n  \n\n \t\nsecond\n\n a\n\n\nb\n${SIGNATURE}`);
    expect(result.ok && result.value.body.map((segment) => segment.text).join('')).toBe('first\n\nsecond\n\na\n\nb');
  });
});

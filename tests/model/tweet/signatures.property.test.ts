// findSignatures reads a line's dash marks once and jumps over handles that have none in reach. Whatever
// comes before a line without a dash (a copied list of handles, a long sentence) must leave its signatures
// as they were, shifted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSignatures } from '../../../src/model/tweet/text.js';

const piece = fc.constantFrom(
  '— A ',
  '— Ana López ',
  '&mdash; B ',
  '– C ',
  '- D ',
  '-- E ',
  '(@a) ',
  '(@b)',
  '( @c ) ',
  '(＠d) ',
  'May 1, 2024 ',
  '1 de mayo de 2024',
  'x ',
  'a-b ',
  '& ',
  'y'.repeat(170),
);
const line = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''));
const dashFree = fc
  .array(fc.constantFrom('(@a) ', 'x ', '(@bb)', 'word '.repeat(40), ' '), { maxLength: 60 })
  .map((pieces) => `${pieces.join('')} `);

describe('findSignatures', () => {
  it('finds the same signatures after any text without a dash (3,000 runs)', () => {
    let found = 0;
    fc.assert(
      fc.property(dashFree, line, (head, rest) => {
        const alone = findSignatures(rest);
        const after = findSignatures(head + rest);
        found += alone.length;
        expect(after).toEqual(
          alone.map((match) => ({ ...match, start: match.start + head.length, end: match.end + head.length })),
        );
      }),
      { numRuns: 3000 },
    );
    // Signatures must actually occur, or the property says nothing.
    expect(found).toBeGreaterThan(500);
  });

  it('reads a signature after 100,000 handles without a dash', () => {
    const text = `${'(@a) '.repeat(100_000)}— Ana (@ana) May 1, 2024`;
    expect(findSignatures(text).map((match) => match.signature.handle)).toEqual(['ana']);
  });
});

// tweetWeight with a cap (what the copied-text reader asks: does this line
// fit?) stops early on long lines; it must answer as the full count would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tweetWeight } from '../../src/model/tweet/length.js';
import { adversarialText, RUNS } from './shapes.js';

describe('tweetWeight with a cap', () => {
  it('is over the cap exactly when the full weight is (long texts and runs of every kind)', () => {
    const long = fc
      .tuple(
        adversarialText,
        fc.constantFrom('1\ufe0f\u20e3', '🇺🇸', '👨\u200d👩\u200d👧', 'https://t.co/a ', 'é', '字'),
      )
      .map(([text, piece]) => piece.repeat(400) + text);
    fc.assert(
      fc.property(fc.oneof(adversarialText, long), fc.constantFrom(0, 23, 140, 280), (text, cap) => {
        const full = tweetWeight(text);
        const capped = tweetWeight(text, cap);
        expect(capped > cap, `${capped} vs ${full}`).toBe(full > cap);
        if (full <= cap) expect(capped).toBe(full);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

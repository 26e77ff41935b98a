import { describe, expect, it } from 'vitest';
import { parseSignatureDate } from '../../../src/model/tweet/signature-date.js';

describe('parseSignatureDate', () => {
  it.each([
    ['February 7, 2025', '2025-02-07T00:00:00.000Z'],
    ['Feb 7, 2025', '2025-02-07T00:00:00.000Z'],
    ['Sept. 30, 2024', '2024-09-30T00:00:00.000Z'],
    ['7 February 2025', '2025-02-07T00:00:00.000Z'],
    ['February 30, 2024', undefined],
    ['Febuary 7, 2025', undefined],
    ['۷ فوریهٔ ۲۰۲۵', undefined],
    ['March 1, 1999', undefined],
  ])('%j → %s', (text, iso) => {
    expect(parseSignatureDate(text)).toBe(iso);
  });
});

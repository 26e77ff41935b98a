import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDayOf, toIsoDate } from '../../../src/model/shared/read.js';

// What toIsoDate answered before it had a fast path: a parse and toISOString for every value.
const byParse = (value: string) => {
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
};
const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));

describe('toIsoDate', () => {
  it('answers what a parse does for any string in ISO form, invalid days and hours included', () => {
    const iso = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        two(13),
        two(32),
        two(24),
        two(60),
        two(60),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(
        ([year, month, day, hour, minute, second, ms]) =>
          `${String(year).padStart(4, '0')}-${month}-${day}T${hour}:${minute}:${second}.${String(ms).padStart(3, '0')}Z`,
      );
    fc.assert(
      fc.property(iso, (value) => {
        expect(toIsoDate(value)).toBe(byParse(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives back any instant toISOString writes', () => {
    const instant = fc.integer({ min: Date.UTC(0, 0, 1), max: Date.UTC(9999, 11, 31) });
    fc.assert(
      fc.property(instant, (ms) => {
        const value = new Date(ms).toISOString();
        expect(toIsoDate(value)).toBe(value);
      }),
    );
  });

  it('reads other forms by parsing them', () => {
    expect(toIsoDate('Wed Oct 10 20:19:24 +0000 2018')).toBe('2018-10-10T20:19:24.000Z');
    expect(toIsoDate('2023-02-30T00:00:00.000Z')).toBe('2023-03-02T00:00:00.000Z');
    expect(toIsoDate('2023-04-30T24:00:00.000Z')).toBe('2023-05-01T00:00:00.000Z');
    expect(toIsoDate('not a date')).toBeUndefined();
    expect(toIsoDate(42)).toBeUndefined();
  });
});

describe('isoDayOf', () => {
  // The Date arithmetic it replaced: a day that rolls into another month or year is not that day.
  const byDate = (year: number, month: number, day: number) => {
    const date = new Date(Date.UTC(year, month, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day
      ? date.toISOString()
      : undefined;
  };

  it('answers what Date does for any year from 1000 to 9999, month and day, out-of-range ones included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: -2, max: 13 }),
        fc.integer({ min: -1, max: 32 }),
        (year, month, day) => {
          expect(isoDayOf(year, month, day)).toBe(byDate(year, month, day));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('knows the leap years and refuses what is not a day', () => {
    expect(isoDayOf(2024, 1, 29)).toBe('2024-02-29T00:00:00.000Z');
    expect(isoDayOf(2000, 1, 29)).toBe('2000-02-29T00:00:00.000Z');
    expect(isoDayOf(1900, 1, 29)).toBeUndefined();
    expect(isoDayOf(2023, 1, 29)).toBeUndefined();
    expect(isoDayOf(2024, 12, 1)).toBeUndefined();
    expect(isoDayOf(2024, 0.5, 1)).toBeUndefined();
    expect(isoDayOf(Number.NaN, 0, 1)).toBeUndefined();
    expect(isoDayOf(10000, 0, 1)).toBeUndefined();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCount, formatDate, formatDateTime, formatPercent } from '../../../src/components/format.js';

afterEach(() => vi.restoreAllMocks());

// Intl separates numbers and units with no-break spaces of several widths.
const spaced = (s: string | undefined) => s?.replace(/\s/g, ' ');

describe('formatCount', () => {
  it('is exact below 10,000 and compact above, in the locale’s digits', () => {
    expect(formatCount(7, 'en')).toBe('7');
    expect(formatCount(9_999, 'en')).toBe('9,999');
    expect(formatCount(12_345, 'en')).toBe('12.3K');
    expect(formatCount(1_234_567, 'en')).toBe('1.2M');
    expect(spaced(formatCount(12_345, 'fa'))).toBe('۱۲٫۳ هزار');
    expect(formatCount(1_234, 'ar-EG')).toBe('١٬٢٣٤');
    expect(formatCount(12_345, 'ja')).toBe('1.2万');
  });

  it('never prints "1000K" or "1000.0K": a count that rounds up takes the next unit', () => {
    for (const locale of ['en', 'es', 'fr', 'ar', 'fa', 'ja']) {
      for (const n of [999_950, 999_999]) expect(formatCount(n, locale)).toBe(formatCount(1_000_000, locale));
      expect(formatCount(999_999_999, locale)).toBe(formatCount(1_000_000_000, locale));
    }
    expect(formatCount(999_949, 'en')).toBe('999.9K');
    expect(formatCount(999_999, 'en')).toBe('1M');
  });

  it('writes small counts as Intl does, in every numbering system', () => {
    const locales = 'en de fr es ja fa ar ar-EG hi-IN-u-nu-deva th-u-nu-thai bn x-bad'.split(' ');
    for (const locale of locales) {
      const intl = new Intl.NumberFormat(Intl.getCanonicalLocales(locale === 'x-bad' ? 'en' : locale), {
        maximumFractionDigits: 0,
      });
      for (let count = 0; count < 1200; count += 1) expect(formatCount(count, locale)).toBe(intl.format(count));
      expect(formatCount(12.6, locale)).toBe(intl.format(12.6));
    }
    expect(formatCount(7, 'fa')).toBe('۷');
  });

  it('builds each formatter once per locale', () => {
    formatCount(1, 'es');
    formatCount(20_000, 'es');
    const made = vi.spyOn(Intl, 'NumberFormat');
    for (let i = 0; i < 50; i++) {
      formatCount(i, 'es');
      formatCount(20_000 + i, 'es');
    }
    expect(made).not.toHaveBeenCalled();
  });
});

describe('formatDateTime', () => {
  const iso = '2025-02-07T09:30:00.000Z';

  it('prints the given zone, and says which one', () => {
    expect(formatDateTime(iso, 'en', 'UTC')).toBe('Feb 7, 2025, 9:30 AM UTC');
    expect(formatDateTime(iso, 'en', 'Asia/Tehran')).toBe('Feb 7, 2025, 1:00 PM GMT+3:30');
    expect(formatDateTime(iso, 'de', 'Europe/Berlin')).toBe('7. Feb. 2025, 10:30 MEZ');
  });

  it('uses the Persian calendar and digits for fa, Arabic-Indic digits for ar-EG', () => {
    expect(formatDateTime(iso, 'fa', 'UTC')).toContain('۱۴۰۳');
    expect(formatDateTime(iso, 'ar-EG', 'UTC')).toMatch(/٢٠٢٥/);
  });

  it('builds each formatter once per locale and zone', () => {
    formatDateTime(iso, 'fr', 'Europe/Paris');
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    for (let i = 0; i < 20; i++) formatDateTime(iso, 'fr', 'Europe/Paris');
    expect(made).not.toHaveBeenCalled();
  });

  it('survives a bad locale, a bad zone and a bad date', () => {
    expect(formatDateTime(iso, 'not a locale!', 'UTC')).toBe('Feb 7, 2025, 9:30 AM UTC');
    expect(formatDateTime(iso, 'en', 'Mars/Olympus')).toBe('Feb 7, 2025, 9:30 AM UTC');
    expect(formatDateTime('yesterday', 'en', 'UTC')).toBeUndefined();
    expect(formatDate('', 'en', 'UTC')).toBeUndefined();
  });
});

describe('formatPercent', () => {
  it('rounds to whole percents in the locale', () => {
    expect(formatPercent(0.4237, 'en')).toBe('42%');
    expect(formatPercent(0.4237, 'fa')).toBe('۴۲٪');
    expect(spaced(formatPercent(0.4237, 'de'))).toBe('42 %');
  });
});

// The server's date template against Intl itself: the same string for every
// date, or no template at all. A difference would be a wrong date on the page
// and a hydration mismatch in the browser, which formats with Intl.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateFormat as ClientDateFormat } from '../../src/components/date-format.js';
import { DateFormat, dateFormat } from '../../src/components/date-format.node.js';
import { DATE, DATE_TIME } from '../../src/components/format.js';

const styles = { dateTime: DATE_TIME, date: DATE };
const locales = (
  'en en-GB en-IN en-AU es es-MX fr fr-CA de de-CH it pt pt-PT nl sv da nb fi is pl cs sk sl hr sr sr-Latn bs ' +
  'hu ro bg ru uk be lt lv et el tr az kk ka hy he ar ar-MA fa ur hi bn ta te mr gu kn ml pa si th lo my km ' +
  'vi id ms fil sw zu af am ja ko zh zh-TW zh-HK yue mn ne ca eu gl cy ga sq mk uz'
).split(' ');
const anyTime = fc.integer({ min: -8.64e15, max: 8.64e15 });
// Years 1000–9999, where the template writes; the rest of the range goes to Intl.
const templateTime = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(10000, 0, 1) - 1 });

describe('the server date template', () => {
  for (const [style, options] of Object.entries(styles)) {
    it(`writes what Intl writes, for ${locales.length} locales (${style}, UTC)`, () => {
      for (const locale of locales) {
        const intl = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
        const format = dateFormat(intl);
        fc.assert(
          fc.property(fc.oneof(templateTime, anyTime), (time) => format(time) === intl.format(time)),
          { numRuns: 300 },
        );
      }
    });
  }

  it('is the template for UTC dates in Latin digits, in the locales most tweets come in', () => {
    for (const locale of ['en', 'es', 'fr', 'de', 'pt', 'ja', 'ko', 'tr', 'it', 'id']) {
      for (const options of Object.values(styles)) {
        const intl = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
        expect(dateFormat(intl), `${locale} ${JSON.stringify(options)}`).not.toBe(intl.format);
      }
    }
  });

  it('leaves other zones, calendars and digits to Intl', () => {
    const cases: [string, string][] = [
      ['en', 'Europe/Berlin'],
      ['en', 'Asia/Tehran'],
      ['fa', 'UTC'],
      ['ar-EG', 'UTC'],
      ['th-TH-u-ca-buddhist', 'UTC'],
      ['ja-JP-u-ca-japanese', 'UTC'],
      ['hi-IN-u-nu-deva', 'UTC'],
    ];
    for (const [locale, timeZone] of cases) {
      const intl = new Intl.DateTimeFormat(locale, { ...styles.dateTime, timeZone });
      expect(dateFormat(intl), `${locale} ${timeZone}`).toBe(intl.format);
    }
  });

  it('leaves dates outside years 1000–9999, and times that are no date, to Intl', () => {
    const intl = new Intl.DateTimeFormat('en', { ...styles.dateTime, timeZone: 'UTC' });
    const format = dateFormat(intl);
    for (const time of [Date.UTC(999, 11, 31, 23, 59), Date.UTC(10000, 0, 1), -8.64e15, 8.64e15, 0]) {
      expect(format(time)).toBe(intl.format(time));
    }
    expect(() => format(Number.NaN)).toThrow(RangeError);
    expect(() => intl.format(Number.NaN)).toThrow(RangeError);
  });

  it('is made and used as Intl.DateTimeFormat is, which is what a client bundle gets', () => {
    expect(ClientDateFormat).toBe(Intl.DateTimeFormat);
    const options = { ...styles.dateTime, timeZone: 'UTC' };
    const time = Date.UTC(2024, 9, 10, 11, 13);
    expect(new DateFormat('en', options).format(time)).toBe('Oct 10, 2024, 11:13 AM UTC');
    expect(new DateFormat('de', options).format(time)).toBe(new ClientDateFormat('de', options).format(time));
  });
});

/**
 * Dates and numbers through Intl, with each formatter built once per locale
 * and time zone: constructing an Intl formatter costs far more than using it,
 * and a page of tweets would otherwise build dozens.
 */
// On a server the build resolves this to date-format.node.ts (package.json "imports": "#date-format").
import { DateFormat } from './date-format.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
// A page uses a handful of locales and zones; `lang` values from stored tweets are not to grow a server's memory.
export const MAX_FORMATTERS = 64;

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    // A Map keeps insertion order: the first key is the oldest.
    if (cache.size >= MAX_FORMATTERS) cache.delete(cache.keys().next().value as string);
    cache.set(key, formatter);
  }
  return formatter;
}

/** How many formatters are kept (for tests of the bound). */
export function formatterCount(): number {
  return cache.size;
}

// A bad locale or time zone from a CMS must not take the page down: fall back.
function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function safeTimeZone(timeZone: string): string {
  try {
    new DateFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** The two styles the kit prints: a tweet's date and time, an article's date. */
export const DATE_TIME: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  // The zone is printed: "UTC" next to the time tells the reader which clock it is.
  timeZoneName: 'short',
};
export const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

function formatIso(iso: string, locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const key = `${options === DATE ? 'd' : 'dt'}|${locale}|${timeZone}`;
  return cached(key, () => new DateFormat(safeLocale(locale), { ...options, timeZone: safeTimeZone(timeZone) })).format(
    time,
  );
}

/** "Oct 10, 2024, 11:13 AM UTC"; `undefined` for a date that doesn't parse. */
export function formatDateTime(iso: string, locale: string, timeZone: string): string | undefined {
  return formatIso(iso, locale, timeZone, DATE_TIME);
}

/** "Oct 10, 2024". */
export function formatDate(iso: string, locale: string, timeZone: string): string | undefined {
  return formatIso(iso, locale, timeZone, DATE);
}

/**
 * Counts the way X shows them: exact below 10,000, compact above ("12K",
 * "1.2M"). Intl picks the unit after rounding, so 999,999 is "1M", never
 * "1000.0K".
 */
export function formatCount(count: number, locale: string): string {
  const compact = Math.abs(count) >= 10_000;
  // Most counts are small. Below 1,000 no locale groups digits, so where Intl writes Latin digits (it says so for 0)
  // a whole count is its own digits; the formatter is still asked once per locale.
  if (count >= 0 && count < 1000 && count % 1 === 0 && latinDigits(locale)) return String(count);
  const formatter = cached(
    `n|${locale}|${compact}`,
    () =>
      new Intl.NumberFormat(
        safeLocale(locale),
        compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 0 },
      ),
  );
  return formatter.format(count);
}

const latin = new Map<string, boolean>();

function latinDigits(locale: string): boolean {
  let known = latin.get(locale);
  if (known === undefined) {
    known = formatCount(0.1, locale) === '0';
    if (latin.size >= MAX_FORMATTERS) latin.clear();
    latin.set(locale, known);
  }
  return known;
}

/** A share in 0…1 as a whole percentage: "42%", "۴۲٪". */
export function formatPercent(share: number, locale: string): string {
  return cached(
    `p|${locale}`,
    () => new Intl.NumberFormat(safeLocale(locale), { style: 'percent', maximumFractionDigits: 0 }),
  ).format(share);
}

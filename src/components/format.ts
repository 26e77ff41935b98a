/**
 * Dates and numbers through Intl, with each formatter built once per locale
 * and time zone: constructing an Intl formatter costs far more than using it,
 * and a page of tweets would otherwise build dozens.
 */

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat;

const cache = new Map<string, Formatter>();
// A page uses a handful of locales and zones; `lang` values from stored tweets are not to grow a server's memory.
export const MAX_FORMATTERS = 64;

/** How many formatters are kept (for tests of the bound). */
export function formatterCount(): number {
  return cache.size;
}

/**
 * The formatter `make` builds for `locale` and `timeZone`, built once: one
 * builder for every kind, so the fallbacks live in one place. A bad locale or
 * zone from a CMS must not take the page down: each falls back on its own,
 * the locale to `en` and the zone to `UTC` (Intl throws on either).
 */
function formatter<T extends Formatter>(
  kind: string,
  make: (locale: string, timeZone: string) => T,
  locale: string,
  timeZone = 'UTC',
): T {
  const key = `${kind}|${locale}|${timeZone}`;
  let made = cache.get(key) as T | undefined;
  if (!made) {
    for (const [l, z] of [
      [locale, timeZone],
      [locale, 'UTC'],
      ['en', timeZone],
    ]) {
      try {
        made = make(l as string, z as string);
        break;
      } catch {
        // the next fallback
      }
    }
    made ??= make('en', 'UTC');
    // A Map keeps insertion order: the first key is the oldest.
    if (cache.size >= MAX_FORMATTERS) cache.delete(cache.keys().next().value as string);
    cache.set(key, made);
  }
  return made;
}

const dateTime = (locale: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    // The zone is printed: "UTC" next to the time tells the reader which clock it is.
    timeZoneName: 'short',
  });

const day = (locale: string, timeZone: string) => new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' });

function formatIso(iso: string, kind: string, make: typeof day, locale: string, timeZone: string): string | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : formatter(kind, make, locale, timeZone).format(date);
}

/** "Oct 10, 2024, 11:13 AM UTC"; `undefined` for a date that doesn't parse. */
export function formatDateTime(iso: string, locale: string, timeZone: string): string | undefined {
  return formatIso(iso, 'dt', dateTime, locale, timeZone);
}

/** "Oct 10, 2024". */
export function formatDate(iso: string, locale: string, timeZone: string): string | undefined {
  return formatIso(iso, 'd', day, locale, timeZone);
}

const exact = (locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const compact = (locale: string) => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });

/**
 * Counts the way X shows them: exact below 10,000, compact above ("12K",
 * "1.2M"). Intl picks the unit after rounding, so 999,999 is "1M", never
 * "1000.0K".
 */
export function formatCount(count: number, locale: string): string {
  return (Math.abs(count) >= 10_000 ? formatter('nc', compact, locale) : formatter('n', exact, locale)).format(count);
}

const percent = (locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });

/** A share in 0…1 as a whole percentage: "42%", "۴۲٪". */
export function formatPercent(share: number, locale: string): string {
  return formatter('p', percent, locale).format(share);
}

/**
 * Dates on a server: a tweet's date through `Intl` is the largest single cost
 * of a render of ours. A UTC date in the Gregorian calendar and Latin digits
 * is fields and fixed text, so this builds, once per formatter, a template of
 * the formatter's own pieces (its literals, month names and hours, taken from
 * `formatToParts`) and writes dates from it. The template is used only after
 * it has matched the formatter's `format` on every month, hour, day and minute
 * it can meet; anything else, and any year outside 1000–9999, stays on `Intl`.
 * Client bundles never load this file (date-format.ts is theirs), so its bytes
 * cost no reader anything.
 */

type Field = 'year' | 'month' | 'day' | 'hour' | 'dayPeriod' | 'minute';
type Piece = string | Field;

const FIELDS = new Set<string>(['year', 'month', 'day', 'hour', 'dayPeriod', 'minute']);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// A year whose months, days and hours are all there to sample: 2001 started on a Monday and is no leap year.
const BASE = Date.UTC(2001, 0, 1);
const FIRST = Date.UTC(1000, 0, 1);
const LAST = Date.UTC(10000, 0, 1);

interface Template {
  pieces: Piece[];
  months: string[];
  hours: string[];
  periods: string[];
  padDay: boolean;
}

/** `Intl.DateTimeFormat` as format.ts uses it: made once, then `format(time)`, from a template where one matches. */
export class DateFormat {
  readonly #intl: Intl.DateTimeFormat;
  #write: ((time: number) => string) | undefined;
  constructor(locale: string, options: Intl.DateTimeFormatOptions) {
    this.#intl = new Intl.DateTimeFormat(locale, options);
  }
  // The template waits for the first date: format.ts also makes a formatter only to learn if a time zone exists.
  format(time: number): string {
    this.#write ??= dateFormat(this.#intl);
    return this.#write(time);
  }
}

export function dateFormat(formatter: Intl.DateTimeFormat): (time: number) => string {
  const intl = formatter.format;
  const template = build(formatter);
  if (!template) return intl;
  return (time) => (time >= FIRST && time < LAST ? write(template, time) : intl(time));
}

function write({ pieces, months, hours, periods, padDay }: Template, time: number): string {
  const date = new Date(time);
  let out = '';
  for (const piece of pieces) {
    switch (piece) {
      case 'year':
        out += date.getUTCFullYear();
        break;
      case 'month':
        out += months[date.getUTCMonth()];
        break;
      case 'day':
        out += pad(date.getUTCDate(), padDay);
        break;
      case 'hour':
        out += hours[date.getUTCHours()];
        break;
      case 'dayPeriod':
        out += periods[date.getUTCHours()];
        break;
      case 'minute':
        out += pad(date.getUTCMinutes(), true);
        break;
      default:
        out += piece;
    }
  }
  return out;
}

function pad(value: number, two: boolean): string {
  return two && value < 10 ? `0${value}` : String(value);
}

function build(formatter: Intl.DateTimeFormat): Template | undefined {
  const options = formatter.resolvedOptions();
  if (options.timeZone !== 'UTC' || options.calendar !== 'gregory' || options.numberingSystem !== 'latn') return;
  const format = formatter.format;
  // V8's format() writes a plain space where formatToParts keeps U+202F (before "AM", for one); follow format().
  const sample = formatter.formatToParts(BASE);
  const loose = sample.map((part) => part.value).join('') !== format(BASE);
  const text = (value: string) => (loose ? value.replaceAll('\u202f', ' ') : value);
  const pieces: Piece[] = [];
  for (const { type, value } of sample) {
    if (type === 'literal' || type === 'timeZoneName') pieces.push(text(value));
    else if (FIELDS.has(type)) pieces.push(type as Field);
    else return;
  }
  const pick = (time: number, type: string) =>
    text(formatter.formatToParts(time).find((part) => part.type === type)?.value ?? '');
  const months: string[] = [];
  for (let month = 0; month < 12; month++) months.push(pick(Date.UTC(2001, month, 15, 12, 30), 'month'));
  const hours: string[] = [];
  const periods: string[] = [];
  for (let hour = 0; hour < 24; hour++) {
    hours.push(pick(BASE + hour * HOUR + 30 * 60_000, 'hour'));
    periods.push(pick(BASE + hour * HOUR + 30 * 60_000, 'dayPeriod'));
  }
  // A style (dateStyle) leaves the fields out of resolvedOptions, so the sample says how days are written: 1 or 01.
  const padDay = sample.find((part) => part.type === 'day')?.value === '01';
  const template: Template = { pieces, months, hours, periods, padDay };
  return matches(template, format) ? template : undefined;
}

// Every month, every hour at its first and last minute (some locales name noon and midnight only on the hour),
// every day of a 31-day month, and years of one and four digits' width.
function matches(template: Template, format: (time: number) => string): boolean {
  const probes: number[] = [];
  for (let month = 0; month < 12; month++) probes.push(Date.UTC(2001, month, 28, 6, 7));
  for (let hour = 0; hour < 24; hour++) probes.push(BASE + hour * HOUR, BASE + hour * HOUR + 59 * 60_000);
  for (let day = 0; day < 31; day++) probes.push(BASE + day * DAY + 9 * 60_000);
  probes.push(FIRST, LAST - 1, Date.UTC(2024, 1, 29, 23, 59));
  return probes.every((time) => write(template, time) === format(time));
}

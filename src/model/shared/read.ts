/**
 * Narrowing readers for untrusted JSON: each returns undefined instead of
 * throwing, so parsers can walk any value without type assertions. Only own
 * properties are ever read: an object comes back as a copy without a
 * prototype, so a polluted `Object.prototype` (a `text`, a `url`) can never
 * stand in for a field the payload doesn't have.
 */

export type JsonObject = { readonly [key: string]: unknown };

// What Object.prototype holds in every engine; anything more is pollution.
const STANDARD = new Set([
  'constructor',
  '__defineGetter__',
  '__defineSetter__',
  'hasOwnProperty',
  '__lookupGetter__',
  '__lookupSetter__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toString',
  'valueOf',
  '__proto__',
  'toLocaleString',
]);

/**
 * Whether Object.prototype holds only what the language puts there. Checked
 * once per input (readingInput) or per read: when it does, a plain property read can only find own
 * properties, and copying every object would be work for nothing.
 */
export function prototypeIsClean(): boolean {
  return Object.getOwnPropertyNames(Object.prototype).every((name) => STANDARD.has(name));
}

// Set while a parser reads one input (see readingInput); undefined outside, where every read checks for itself.
let cleanForThisInput: boolean | undefined;

/**
 * Runs a parser over one input with Object.prototype checked once, at the start, instead of at every object read
 * (a fifth of a tweet's parse). Pollution is what other code did before the input arrived: plain data can't add to
 * the prototype while it is read, and a getter that could is code already running in the process.
 */
export function readingInput<T>(read: () => T): T {
  const outer = cleanForThisInput;
  cleanForThisInput = prototypeIsClean();
  try {
    return read();
  } finally {
    cleanForThisInput = outer;
  }
}

export function asObject(value: unknown): JsonObject | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (cleanForThisInput ?? prototypeIsClean()) return value as JsonObject;
  const own: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) own[key] = (value as JsonObject)[key];
  return own;
}

export function asArray(value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) return [];
  // A hole would read through to Array.prototype; JSON has none, hostile objects might.
  const own: unknown[] = [];
  for (let index = 0; index < value.length; index += 1)
    own.push(Object.hasOwn(value, index) ? value[index] : undefined);
  return own;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A finite, non-negative number; numeric strings too (X sends counts both ways). */
export function asCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
  if (typeof value === 'string' && /^[0-9]{1,16}$/.test(value)) return Number(value);
  return undefined;
}

export function asDimension(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

export function at(value: unknown, ...path: string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    const record = asObject(current);
    if (record === undefined || !Object.hasOwn(record, key)) return undefined;
    current = record[key];
  }
  return current;
}

// The form toISOString writes, with a day and hour every month has: such a string is its own ISO date.
// (Date.parse moves "02-30" to March and "24:00" to the next day, so those take the long way.)
const CANONICAL = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/** An ISO 8601 UTC string from anything `Date` can read, or undefined. */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 100) return undefined;
  // Most payloads send this form already: a test instead of a parse and a Date per timestamp.
  if (CANONICAL.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * Midnight UTC of a day (`month` from 0) as toISOString writes it, or
 * undefined for a day its month doesn't have (31 February, month 12) instead
 * of rolling into the next. Written out, not read back from a `Date`: a
 * page of signed tweets reads one per post, and two `Date`s cost ten times more.
 */
export function isoDayOf(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || !Number.isInteger(month) || !Number.isInteger(day))
    return undefined;
  const leap = month === 1 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = MONTH_DAYS[month];
  if (days === undefined || day < 1 || day > days + (leap ? 1 : 0)) return undefined;
  return `${year}-${twoDigits(month + 1)}-${twoDigits(day)}T00:00:00.000Z`;
}

/**
 * The counts an object holds, each read from its own field (`[['likes', 'likeCount'], …]`): only those present,
 * and undefined when none is.
 */
export function readCounts<K extends string>(
  object: JsonObject,
  fields: readonly (readonly [K, string])[],
): Partial<Record<K, number>> | undefined {
  const counts: Partial<Record<K, number>> = {};
  let found = false;
  for (const [key, field] of fields) {
    const count = asCount(object[field]);
    if (count === undefined) continue;
    counts[key] = count;
    found = true;
  }
  return found ? counts : undefined;
}

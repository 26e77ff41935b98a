/**
 * The date X prints under a tweet, in the language of the embed: `February 7,
 * 2025`, `14 de febrero de 2019`, `7 февраля 2025 г.`, `٢٠ ديسمبر ٢٠١٨`,
 * `۷ فوریهٔ ۲۰۲۵`, `2016年11月25日`, `2016년 11월 25일`… read as UTC midnight of
 * that day (`Date.parse` would read the machine's own zone, and knows only English).
 *
 * Nothing here is typed by hand: the month names and the order of day, month
 * and year come from `Intl.DateTimeFormat` (CLDR), by formatting the twelve
 * months of one year in each language once, the first time a date is read.
 * Digits may be of any script (`\p{Nd}`), and a month name of any of these
 * languages is accepted in any of their orders: old widgets wrote `abril 19, 2015`.
 */

import { isoDayOf } from '../shared/read.js';

/** The languages X's widget writes dates in that we read (and English as the UK writes it). */
export const SIGNATURE_DATE_LOCALES: readonly string[] = [
  'en',
  'en-GB',
  'es',
  'fr',
  'de',
  'pt',
  'it',
  'nl',
  'tr',
  'ru',
  'ar',
  // Levantine month names (كانون الثاني…), which Arabic pages also use.
  'ar-SY',
  'fa',
  'he',
  'hi',
  'ja',
  'ko',
  'zh',
  'id',
];

type Token = { start: number; end: number } & (
  | { kind: 'num'; value: number; digits: number }
  | { kind: 'word'; text: string }
);

// A shape is the token sequence of a formatted date: D(ay), Y(ear), M(onth name), m (month number) or a literal word.
type Shape = readonly string[];

interface Tables {
  /** Month name (normalized) → 0-based month; names two months share are left out. */
  months: Map<string, number>;
  shapes: Shape[];
}

// Letters and their marks (Persian hamza above, Hindi nukta); everything else separates tokens.
const TOKEN = /\p{Nd}+|[\p{L}\p{M}\u200c\u200d]+/gu;

/** The value of any Unicode decimal digit: its distance from the zero of its run of ten. */
function digitValue(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 48 && code <= 57) return code - 48;
  let zero = code;
  // Runs of \p{Nd} are whole blocks of ten starting at a zero; some blocks sit back to back.
  while (zero > code - 60 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return (code - zero) % 10;
}

function normalizeWord(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u200c\u200d]/g, '');
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index ?? 0;
    const end = start + raw.length;
    if (/^\p{Nd}/u.test(raw)) {
      let value = 0;
      for (const char of raw) value = value * 10 + digitValue(char);
      tokens.push({ kind: 'num', value, digits: [...raw].length, start, end });
    } else {
      tokens.push({ kind: 'word', text: normalizeWord(raw), start, end });
    }
  }
  return tokens;
}

// A day and year no month number can be mistaken for.
const SAMPLE_DAY = 20;
const SAMPLE_YEAR = 2025;

const tokenKey = (token: Token | undefined): string =>
  token === undefined ? '' : token.kind === 'word' ? `w${token.text}` : `n${token.value}`;

/**
 * The shape of one language's dates from its twelve months: the tokens all
 * samples share at the start and the end are literals, day and year; what
 * lies between is the month (a number, or a name of one or more words:
 * كانون الثاني).
 */
function shapeOf(samples: readonly Token[][], addName: (name: string, month: number) => void): Shape | undefined {
  const first = samples[0] ?? [];
  const shortest = Math.min(...samples.map((tokens) => tokens.length));
  let head = 0;
  while (head < shortest && samples.every((tokens) => tokenKey(tokens[head]) === tokenKey(first[head]))) head += 1;
  let tail = 0;
  const fromEnd = (tokens: readonly Token[], offset: number) => tokens[tokens.length - 1 - offset];
  while (
    tail < shortest - head &&
    samples.every((tokens) => tokenKey(fromEnd(tokens, tail)) === tokenKey(fromEnd(first, tail)))
  ) {
    tail += 1;
  }
  const middles = samples.map((tokens) => tokens.slice(head, tokens.length - tail));
  const numeric = middles.every((middle) => middle.length === 1 && middle[0]?.kind === 'num');
  const named = middles.every(
    (middle) => middle.length >= 1 && middle.length <= 2 && middle.every((t) => t.kind === 'word'),
  );
  if (!numeric && !named) return undefined;
  if (named) {
    middles.forEach((middle, month) => {
      addName(middle.map((token) => (token.kind === 'word' ? token.text : '')).join(' '), month);
    });
  }
  const literal = (token: Token): string =>
    token.kind === 'word' ? `=${token.text}` : token.value === SAMPLE_DAY ? 'D' : 'Y';
  return [...first.slice(0, head).map(literal), numeric ? 'm' : 'M', ...first.slice(first.length - tail).map(literal)];
}

function buildTables(): Tables {
  const names = new Map<string, number>();
  const shared = new Set<string>();
  const shapes = new Map<string, Shape>();
  const addName = (name: string, month: number) => {
    const known = names.get(name);
    if (known !== undefined && known !== month) shared.add(name);
    names.set(name, month);
  };
  for (const locale of SIGNATURE_DATE_LOCALES) {
    for (const month of ['long', 'short'] as const) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(locale, {
          year: 'numeric',
          month,
          day: 'numeric',
          timeZone: 'UTC',
          calendar: 'gregory',
        });
      } catch {
        continue;
      }
      const samples = Array.from({ length: 12 }, (_, index) =>
        tokenize(format.format(new Date(Date.UTC(SAMPLE_YEAR, index, SAMPLE_DAY)))),
      );
      const shape = shapeOf(samples, addName);
      if (shape === undefined) continue;
      for (const variant of [shape, shape.filter((part) => !part.startsWith('='))]) {
        shapes.set(variant.join(' '), variant);
      }
    }
  }
  for (const name of shared) names.delete(name);
  return { months: names, shapes: [...shapes.values()] };
}

let tables: Tables | undefined;

function getTables(): Tables {
  tables ??= buildTables();
  return tables;
}

/** A month name, or an abbreviation of one (`Sept`, `Febr`) that only one month starts with. */
function monthOf(word: string, months: ReadonlyMap<string, number>): number | undefined {
  const exact = months.get(word);
  if (exact !== undefined || [...word].length < 3) return exact;
  let found: number | undefined;
  for (const [name, month] of months) {
    if (!name.startsWith(word)) continue;
    if (found !== undefined && found !== month) return undefined;
    found = month;
  }
  return found;
}

function isoDay(year: number, month: number, day: number): string | undefined {
  // X launched in 2006; a five-digit "year" is a sentence's number, not a date (isoDayOf refuses it).
  return year < 2006 ? undefined : isoDayOf(year, month, day);
}

function matchShape(tokens: readonly Token[], shape: Shape, months: ReadonlyMap<string, number>): string | undefined {
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  let at = 0;
  for (const part of shape) {
    const token = tokens[at];
    if (token === undefined) return undefined;
    at += 1;
    if (part.startsWith('=')) {
      if (token.kind !== 'word' || token.text !== part.slice(1)) return undefined;
    } else if (part === 'M') {
      if (token.kind !== 'word') return undefined;
      // A two-word name (كانون الثاني) before a one-word one, which may be its first word.
      const next = tokens[at];
      const pair = next?.kind === 'word' ? months.get(`${token.text} ${next.text}`) : undefined;
      if (pair !== undefined) at += 1;
      month = pair ?? monthOf(token.text, months);
      if (month === undefined) return undefined;
    } else if (token.kind !== 'num') {
      return undefined;
    } else if (part === 'D' && token.digits <= 2) {
      day = token.value;
    } else if (part === 'm' && token.digits <= 2) {
      month = token.value - 1;
    } else if (part === 'Y' && token.digits === 4) {
      year = token.value;
    } else {
      return undefined;
    }
  }
  if (at !== tokens.length || day === undefined || month === undefined || year === undefined) return undefined;
  return isoDay(year, month, day) ?? IMPOSSIBLE;
}

// A date in a known shape that names no day (31 February, 1999): not X's, so not a signature.
const IMPOSSIBLE = 'impossible';

function readTokens(tokens: readonly Token[]): string | undefined {
  const { months, shapes } = getTables();
  let impossible = false;
  for (const shape of shapes) {
    const iso = matchShape(tokens, shape, months);
    if (iso === IMPOSSIBLE) impossible = true;
    else if (iso !== undefined) return iso;
  }
  return impossible ? IMPOSSIBLE : undefined;
}

// A date is a handful of tokens; anything longer is not one.
const MAX_DATE_TOKENS = 7;
const MAX_DATE_LENGTH = 60;

/** The printed date (the whole of `text`) → ISO 8601 UTC midnight, else undefined. */
export function parseSignatureDate(text: string): string | undefined {
  if (typeof text !== 'string' || text.length > MAX_DATE_LENGTH) return undefined;
  const tokens = tokenize(text);
  const iso = tokens.length > MAX_DATE_TOKENS ? undefined : readTokens(tokens);
  return iso === IMPOSSIBLE ? undefined : iso;
}

/**
 * A date at the start of `text`, when more follows it on the line (several
 * tweets flattened onto one line): the ISO day and where the date ends.
 */
export function readLeadingDate(text: string): { iso: string; end: number } | undefined {
  const head = text.slice(0, MAX_DATE_LENGTH);
  // Every date has digits: most tails that are not one end here.
  if (!/\p{Nd}/u.test(head)) return undefined;
  const tokens = tokenize(head);
  // Only spaces may come before the date.
  if (tokens[0]?.start !== head.search(/\S|$/u)) return undefined;
  for (let count = Math.min(MAX_DATE_TOKENS, tokens.length); count >= 3; count -= 1) {
    const iso = readTokens(tokens.slice(0, count));
    const last = tokens[count - 1];
    if (iso !== undefined && iso !== IMPOSSIBLE && last !== undefined) {
      // `г.` and `р.` end with a full stop that belongs to the date.
      const end = head[last.end] === '.' ? last.end + 1 : last.end;
      return { iso, end };
    }
  }
  return undefined;
}

/**
 * Whether a signature's tail reads like a date we could not read: short, a
 * year-like number and another number, no question or exclamation; a date
 * in a shape we know that names no real day is not one.
 */
export function looksLikeDate(text: string): boolean {
  const tokens = tokenize(text.slice(0, MAX_DATE_LENGTH + 1));
  return (
    readTokens(tokens) !== IMPOSSIBLE &&
    text.length <= MAX_DATE_LENGTH &&
    tokens.length <= MAX_DATE_TOKENS &&
    tokens.some((token) => token.kind === 'num' && token.digits >= 4) &&
    tokens.filter((token) => token.kind === 'num').length >= 2 &&
    !/[!?؟。！？]/u.test(text)
  );
}

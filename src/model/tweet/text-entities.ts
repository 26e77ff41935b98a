/**
 * Mentions, hashtags, cashtags and URLs in plain text that came without X's
 * entity data (copied tweets, article text), following the rules of X's own
 * conformance suite. Written here because X's `twitter-text` is unmaintained;
 * only the list of top-level domains comes from a package (`tlds`, copied into
 * ./tlds.ts so that no JSON has to be imported at run time).
 */

import { safeHttpHostname } from '../shared/url.js';
import { isPlainHostname } from '../shared/url-simple.js';
import { cashtagUrl, hashtagUrl, profileUrl } from './links.js';
import { pushGatedLink, pushLink, pushText } from './segments.js';
import { TOP_LEVEL_DOMAINS } from './tlds.js';
import type { TweetSegment } from './types.js';

export interface TextEntity {
  type: 'hashtag' | 'mention' | 'cashtag' | 'url';
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  /** The tag without `#`, the handle (plus `/list` slug) without `@`, the symbol without `$`, or the URL as written. */
  value: string;
}

// ── Hashtags ────────────────────────────────────────────────────────────────
// Letters, marks and digits of any script, plus the joiners and marks that
// some scripts need inside words (ZWNJ/ZWJ, Hebrew geresh, Tibetan tsheg…).
const TAG_EXTRA =
  '_\\u200c\\u200d\\ua67e\\u05be\\u05f3\\u05f4\\uff5e\\u301c\\u309b\\u309c\\u30a0\\u30fb\\u3003\\u0f0b\\u0f0c\\u00b7';
const TAG_CHAR = `[\\p{L}\\p{M}\\p{Nd}${TAG_EXTRA}]`;
// Not after a word character or `&` (HTML entities like `&#39;`); variation selectors are fine.
// Each pattern starts with its sigil and looks behind it afterwards: a lookbehind first is tried at every
// position of the text, the sigil first lets the engine skip to the next `#` (or `@`, `$`), several times faster.
const HASHTAG = new RegExp(
  `[#＃](?<=(?:^|[\\ufe0e\\ufe0f]|[^\\p{L}\\p{M}\\p{Nd}_&])[#＃])(?![\\ufe0f\\u20e3])(${TAG_CHAR}+)`,
  'gu',
);
const HASHTAG_INVALID_AFTER = /^(?:[#＃]|:\/\/)/u;
const HAS_LETTER = /[\p{L}\p{M}]/u;

// ── Mentions ────────────────────────────────────────────────────────────────
// After anything but a handle character or `!#$%&*@`, or right after "RT"/"RT:".
const MENTION =
  /[@＠](?:(?<![A-Za-z0-9_!#$%&*@＠][@＠])|(?<=(?:^|[^A-Za-z0-9_+~.-])rt:?[@＠]))([A-Za-z0-9_]{1,20})(\/[A-Za-z][A-Za-z0-9_-]{0,24})?/giu;
const LATIN_ACCENTS =
  '\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff\\u0100-\\u024f\\u0253\\u0254\\u0256\\u0257\\u0259\\u025b\\u0263\\u0268\\u026f\\u0272\\u0289\\u028b\\u02bb\\u0300-\\u036f\\u1e00-\\u1eff';
const MENTION_INVALID_AFTER = new RegExp(`^(?:[@＠${LATIN_ACCENTS}]|:\\/\\/)`, 'u');

// ── Cashtags ────────────────────────────────────────────────────────────────
const CASHTAG = /\$(?<=(?:^|[\s\u3000])\$)([a-z]{1,6}(?:[._][a-z]{1,2})?)(?=$|[\s!-/:-@[-`{-~])/giu;

// ── URLs ────────────────────────────────────────────────────────────────────
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The top-level domains as one alternation per first character,
 * `(?:a(?:aa|arp|…)|b(?:…)|…)`: a flat list of 1,500 made the engine try
 * every one at each candidate domain (most of the time spent on a text of
 * links). Two alternatives can only both match where they share a first
 * character, and inside each group the longest still comes first, so what
 * matches is what the flat list matched.
 */
function tldPattern(tlds: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const tld of [...tlds].sort((a, b) => b.length - a.length)) {
    const first = String.fromCodePoint(tld.codePointAt(0) ?? 0);
    const group = groups.get(first) ?? [];
    group.push(tld.slice(first.length));
    groups.set(first, group);
  }
  const alternatives = [...groups].map(
    ([first, rests]) => `${escapeRegExp(first)}(?:${rests.map(escapeRegExp).join('|')})`,
  );
  return `(?:${alternatives.join('|')})(?=[^0-9a-z@+-]|$)`;
}
const TLD = tldPattern(TOP_LEVEL_DOMAINS);
// A domain-label character: anything but ASCII punctuation, spaces, controls and direction marks.
const LABEL_CHAR =
  '[^\\s\\p{Cc}!-/:-@[-`{-~\\u00a0\\u1680\\u2000-\\u200f\\u2028-\\u202f\\u205f\\u2060-\\u206f\\u3000\\ufeff\\ufffe\\uffff]';
const ASCII_LABEL_CHAR = `[a-z0-9${LATIN_ACCENTS}]`;
const domain = (char: string) => `(?:${char}+(?:[-_]+${char}+)*\\.)*${char}+(?:-+${char}+)*\\.${TLD}`;
const PATH_CHAR = `[a-z\\u0400-\\u04ff0-9!*';:=+,.$/%#\\[\\]\\-\\u2013_~&|@${LATIN_ACCENTS}]`;
const PATH = `(?:\\/(?:${PATH_CHAR}|\\((?:${PATH_CHAR}+|${PATH_CHAR}*\\(${PATH_CHAR}+\\)${PATH_CHAR}*)\\))*)?`;
const QUERY = "(?:\\?[a-z0-9!?*'@();:&=+$/%#[\\]\\-_.,~|]*)?";
const PATH_END = new RegExp(`^[+\\-a-z\\u0400-\\u04ff0-9=_#/)${LATIN_ACCENTS}]$`, 'iu');
const QUERY_END = /^[a-z0-9\-_&=#/]$/iu;

const URL_WITH_PROTOCOL = new RegExp(
  `(?<![A-Za-z0-9@＠$#＃])https?:\\/\\/(${domain(LABEL_CHAR)})(?::[0-9]+)?(${PATH})(${QUERY})`,
  'giu',
);
// Without a protocol only ASCII (and accented Latin) domains count, and not right after `-_./`.
const URL_WITHOUT_PROTOCOL = new RegExp(
  `(?<![A-Za-z0-9@＠$#＃\\-_./${LATIN_ACCENTS}])(${domain(ASCII_LABEL_CHAR)})(${PATH})(${QUERY})`,
  'giu',
);
const TCO = /^https?:\/\/t\.co\/([a-z0-9]+)/i;
const MAX_TCO_SLUG = 40;

/** Drop the characters a path or query may hold but not end with (`.`, `,`, `!`…). */
function trimEnd(part: string, ending: RegExp, minimum: number): string {
  let end = part.length;
  while (end > minimum && !ending.test(part.charAt(end - 1))) end -= 1;
  return part.slice(0, end);
}

function validHost(host: string): boolean {
  // Most hosts are already in URL's form and need no URL object, nor even a string (a text of links has one every few
  // characters); the rest go through the URL gate.
  const ascii = isPlainHostname(host) ? host : safeHttpHostname(`http://${host}`);
  if (ascii === undefined || ascii.length > 253) return false;
  // Every label 1–63 characters, counted in one scan (no array of labels per link).
  let labelStart = 0;
  for (let index = 0; index <= ascii.length; index += 1) {
    if (index < ascii.length && ascii.charCodeAt(index) !== 46) continue;
    const length = index - labelStart;
    if (length === 0 || length > 63) return false;
    labelStart = index + 1;
  }
  return true;
}

/**
 * Every match of the global `pattern` in `text`, as matchAll gives them, but
 * without matchAll's copy of the pattern: copying the URL patterns (30 KB of
 * source, the top-level domains) cost 26 µs a call, far more than searching
 * a tweet, so a text of thousands of short tweets spent its time there.
 * Nothing runs between the calls to `exec`, so sharing the pattern is safe.
 */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // None of the patterns matches nothing; were one to, the search must still move on.
    if (match[0] === '') pattern.lastIndex += 1;
  }
  pattern.lastIndex = 0;
  return found;
}

function findUrls(text: string): TextEntity[] {
  const found: TextEntity[] = [];
  for (const [pattern, hasProtocol] of [
    [URL_WITH_PROTOCOL, true],
    [URL_WITHOUT_PROTOCOL, false],
  ] as const) {
    // Each pattern needs its literal ("://", a dot); indexOf finds none far faster than the pattern can.
    if (!text.includes(hasProtocol ? '://' : '.')) continue;
    for (const match of allMatches(pattern, text)) {
      const [whole, host = '', rawPath = '', rawQuery = ''] = match;
      if (!validHost(host)) continue;
      const head = whole.slice(0, whole.length - rawPath.length - rawQuery.length);
      const path = trimEnd(rawPath, PATH_END, 0);
      // A query only counts when the path wasn't cut short before it.
      const query = path === rawPath ? trimEnd(rawQuery, QUERY_END, 0) : '';
      let url = head + path + (query.length > 1 ? query : '');
      if (hasProtocol) {
        const tco = TCO.exec(url);
        if (tco !== null) {
          if ((tco[1]?.length ?? 0) > MAX_TCO_SLUG) continue;
          // A t.co slug is letters and digits only; what follows is the sentence, not the link.
          const rest = url.slice(tco[0].length);
          url = tco[0] + (rest.startsWith('?') ? rest : '');
        }
      }
      found.push({ type: 'url', start: match.index, end: match.index + url.length, value: url });
    }
  }
  return found;
}

/*
 * The patterns run on short pieces of the text, never on all of it: no
 * entity holds a space or a line break, and every pattern treats one like the
 * start or end of the text, so cutting there changes nothing found. Each
 * pattern's work is then bounded by its piece, and a megabyte costs a
 * megabyte's work. A run of more than MAX_TOKEN characters without a break
 * (text in a script written without spaces) is searched MAX_TOKEN at a time,
 * so an entity across such a cut may be missed.
 */
const CHUNK = 2048;
export const MAX_TOKEN = 4096;

function isBreakCode(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/**
 * Entities found in one text. A post holds tens; a megabyte of `@a ` held
 * 333,000, each a link to build and render. Past this the search stops and
 * the rest of the text is plain.
 */
export const MAX_TEXT_ENTITIES = 2_000;

/** The text's entities (the first MAX_TEXT_ENTITIES), sorted, overlaps resolved the way X does (URLs first, then earliest). */
export function findTextEntities(text: string): TextEntity[] {
  if (typeof text !== 'string' || text === '') return [];
  const entities: TextEntity[] = [];
  let start = 0;
  while (start < text.length && entities.length < MAX_TEXT_ENTITIES) {
    // A piece is about CHUNK long and ends right before a break (or at the end of the text)…
    let end = Math.min(start + CHUNK, text.length);
    while (end < text.length && end - start < CHUNK + MAX_TOKEN && !isBreakCode(text.charCodeAt(end))) end += 1;
    // …unless a run without breaks is longer than MAX_TOKEN: then it ends where the run does not fit.
    if (end < text.length && !isBreakCode(text.charCodeAt(end))) {
      let runStart = end;
      while (runStart > start && !isBreakCode(text.charCodeAt(runStart - 1))) runStart -= 1;
      end = runStart > start ? runStart : Math.min(start + MAX_TOKEN, text.length);
    }
    // Moved to the text's offsets in place: the piece's entities are this loop's own, and a copy each is garbage.
    for (const entity of entitiesIn(text.slice(start, end))) {
      if (entities.length === MAX_TEXT_ENTITIES) break;
      entity.start += start;
      entity.end += start;
      entities.push(entity);
    }
    start = end;
  }
  return entities;
}

function entitiesIn(text: string): TextEntity[] {
  if (text === '') return [];
  const candidates: TextEntity[] = findUrls(text);

  // Prose without a sign is most text: its patterns need not run at all.
  const has = (...signs: string[]) => signs.some((sign) => text.includes(sign));
  for (const match of has('#', '＃') ? allMatches(HASHTAG, text) : []) {
    const tag = match[1] ?? '';
    const end = match.index + match[0].length;
    if (!HAS_LETTER.test(tag) || HASHTAG_INVALID_AFTER.test(text.slice(end))) continue;
    candidates.push({ type: 'hashtag', start: match.index, end, value: tag });
  }
  for (const match of has('@', '＠') ? allMatches(MENTION, text) : []) {
    const handle = match[1] ?? '';
    const list = match[2] ?? '';
    const handleEnd = match.index + 1 + handle.length;
    if (MENTION_INVALID_AFTER.test(text.slice(handleEnd))) continue;
    const end = list ? handleEnd + list.length : handleEnd;
    candidates.push({ type: 'mention', start: match.index, end, value: handle + list });
  }
  for (const match of has('$') ? allMatches(CASHTAG, text) : []) {
    candidates.push({ type: 'cashtag', start: match.index, end: match.index + match[0].length, value: match[1] ?? '' });
  }

  // Stable sort keeps URLs ahead of anything starting at the same place.
  candidates.sort((a, b) => a.start - b.start);
  const entities: TextEntity[] = [];
  for (const entity of candidates) {
    const previous = entities[entities.length - 1];
    if (previous !== undefined && entity.start < previous.end) continue;
    entities.push(entity);
  }
  return entities;
}

/** The screen name a tweet replies to: a mention at the very start, after nothing but spaces. */
export function findReplyHandle(text: string): string | undefined {
  const first = findTextEntities(text)[0];
  if (first?.type !== 'mention' || first.value.includes('/')) return undefined;
  return /^[\s\u3000]*$/u.test(text.slice(0, first.start)) ? first.value : undefined;
}

const MEDIA_HOST = /^(?:https?:\/\/)?pic\.(?:twitter|x)\.com\//i;

/** Plain text → segments: entities become links, `pic.twitter.com/…` a media link, the rest text. */
export function textToSegments(text: string): TweetSegment[] {
  const segments: TweetSegment[] = [];
  if (typeof text !== 'string') return segments;
  let cursor = 0;
  for (const entity of findTextEntities(text)) {
    pushText(segments, text.slice(cursor, entity.start));
    const shown = text.slice(entity.start, entity.end);
    if (entity.type === 'hashtag') pushGatedLink(segments, 'hashtag', shown, hashtagUrl(entity.value));
    else if (entity.type === 'cashtag') pushGatedLink(segments, 'cashtag', shown, cashtagUrl(entity.value));
    else if (entity.type === 'mention') {
      // The handle and list name are what MENTION allows: letters, digits, `_` and (in a list) `-`.
      const [handle = '', list] = entity.value.split('/');
      pushGatedLink(segments, 'mention', shown, list ? `${profileUrl(handle)}/lists/${list}` : profileUrl(handle));
    } else {
      const href = /^https?:\/\//i.test(entity.value) ? entity.value : `https://${entity.value}`;
      pushLink(segments, MEDIA_HOST.test(entity.value) ? 'media' : 'url', shown, href);
    }
    cursor = entity.end;
  }
  pushText(segments, text.slice(cursor));
  return segments;
}

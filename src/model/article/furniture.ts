/**
 * Page furniture that copies and feeds carry into an article body: the
 * advertisement label, "Read more:" teasers, photo credits, what is left of
 * the share buttons. Every rule needs a line that is short and does not end a
 * sentence (furniture is a label, not prose) plus one of: a label word in one
 * of the languages we read dates in, a line made only of share words and
 * network names (brand names read the same in every language), or a credit
 * to a photo agency after a slash.
 */

import { collapseWhitespace } from '../shared/text.js';

export type FurnitureKind = 'advertisement' | 'read-more' | 'credit' | 'share';

const words = (list: string) => list.split('|');

/**
 * Labels by their first character: a line is compared only with the labels it could start with, not with all
 * eighty of them (a copied page has a short line for every tweet, caption and share bar).
 */
function byFirst(list: string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const label of words(list)) {
    const first = label.charAt(0);
    const list = index.get(first);
    if (list === undefined) index.set(first, [label]);
    else list.push(label);
  }
  return index;
}

// Label words, by kind; matched at the start of the line, case-folded.
const ADVERTISEMENT = new Set(
  words(
    'advertisement|advertising|sponsored|anzeige|werbung|publicidad|publicité|publicite|pubblicità|publicidade|' +
      'advertentie|reclame|reklam|реклама|إعلان|اعلان|تبلیغات|آگهی|פרסומת|विज्ञापन|広告|광고|广告|廣告|iklan',
  ),
);
const READ_MORE = byFirst(
  'read more|read also|also read|see also|related|more on this|lire aussi|à lire aussi|a lire aussi|lire la suite|' +
    'lee también|lea también|leer más|leia também|leia mais|leggi anche|lees ook|lesen sie auch|mehr zum thema|' +
    'auch interessant|ayrıca okuyun|ilgili haber|читайте также|читать также|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|' +
    'بیشتر بخوانید|بخوانید|קראו גם|קרא עוד|यह भी पढ़ें|और पढ़ें|関連記事|あわせて読みたい|관련기사|관련 기사|' +
    '相关阅读|延伸阅读|相關閱讀|baca juga|baca selengkapnya',
);
const CREDIT = byFirst(
  'image source|image|photo|photos|photo credit|picture|pictures|credit|credits|foto|fotos|bild|crédit photo|' +
    'credito|crédito|fotoğraf|фото|снимок|صورة|الصورة|عکس|تصویر|צילום|फोटो|तस्वीर|写真|사진|图|图片|圖片|gambar',
);
// Where a publisher's photo came from, after a slash ("Photo: Jane Doe / Getty Images").
const AGENCY =
  /\p{L}[^/]{0,80}\/\s*(?:getty(?: images)?|afp|reuters|ap|epa|dpa|efe|ansa|shutterstock|alamy|istock|anadolu|xinhua|pa(?: images| media)?|bloomberg)\b[\s\w/.-]{0,20}$/iu;
// The share buttons' labels and the networks': all a share bar leaves behind.
const SHARE = new Set(
  words(
    'share|shares|tweet|email|e-mail|mail|print|copy|link|copy link|comments|comment|save|facebook|twitter|x|' +
      'whatsapp|telegram|linkedin|pinterest|reddit|messenger|flipboard|threads|bluesky|mastodon|partager|compartir|' +
      'teilen|condividi|compartilhar|delen|paylaş|поделиться|مشاركة|شارك|اشتراک|اشتراک‌گذاری|שתפו|שתף|शेयर|共有|공유|分享|bagikan',
  ),
);

/**
 * A word: letters with their combining marks (a Devanagari vowel sign is a mark, not a letter: without them
 * "विज्ञापन" falls apart), digits, and the zero-width non-joiner Persian writes inside words.
 */
const WORD = /[\p{L}\p{M}\p{N}\u200c]+/gu;

const SHORT_LABEL = 60;
const SHORT_TEASER = 160;
const SHORT_CREDIT = 100;
const SENTENCE_END = /[.!?。！？؟۔।]["'”’»)\]]?$/u;

/** `text` starts with one of `labels` as whole words, followed by nothing or `what may follow`. */
function startsWithLabel(text: string, labels: Map<string, string[]>, follow: RegExp): boolean {
  const candidates = labels.get(text.charAt(0));
  return candidates?.some((label) => text.startsWith(label) && follow.test(text.slice(label.length))) ?? false;
}

// What `\s` matches: the characters folding collapses.
function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Whether `line` has more than `limit` characters that are not white space. Folding only collapses white space and
 * composes characters (at most three into one), so a line with more than three times SHORT_TEASER of them can never
 * fold short: counted, up to there, instead of folding a megabyte.
 */
function longerThan(line: string, limit: number): boolean {
  let count = 0;
  for (let index = 0; index < line.length && count <= limit; index += 1) {
    if (!isSpace(line.charCodeAt(index))) count += 1;
  }
  return count > limit;
}

/** What kind of page furniture `line` is, or undefined for the article's own text. */
export function furnitureKind(line: string): FurnitureKind | undefined {
  // Every rule needs a word: the shortest label ("広告", "图:") has two characters, and a line without a letter
  // (a dash, an ellipsis, a number) is no label. Copied pages hold such lines by the hundred, hostile ones by
  // the million.
  if (line.length < 2 || !/\p{L}/u.test(line)) return undefined;
  if (line.length > 3 * SHORT_TEASER && longerThan(line, 3 * SHORT_TEASER)) return undefined;
  // Lower-casing never shortens a text, so once composed, a line with more than SHORT_TEASER characters that are not
  // white space folds long: most paragraphs end here, before the case mapping and the white-space pass.
  const composed = line.normalize('NFC');
  if (composed.length > SHORT_TEASER && longerThan(composed, SHORT_TEASER)) return undefined;
  const text = collapseWhitespace(composed.toLowerCase());
  if (text === '' || text.length > SHORT_TEASER) return undefined;
  // "Read more: Headline" and "Also read | Headline" are teasers even with a full stop in the headline.
  if (startsWithLabel(text, READ_MORE, /^(?:\s*[:：|»›>»\-–—]|\s*$)/u)) return 'read-more';
  if (SENTENCE_END.test(text)) return undefined;
  if (text.length <= SHORT_CREDIT) {
    if (
      startsWithLabel(text, CREDIT, /^\s*(?:[:：|]|by\b|©)/u) ||
      (text.includes('/') && AGENCY.test(text)) ||
      /^(?:©|\(c\))\s*\p{L}/u.test(text)
    ) {
      return 'credit';
    }
  }
  if (text.length > SHORT_LABEL) return undefined;
  // "Advertisement", "Story continues below advertisement", "ADVERTISEMENT - SCROLL TO CONTINUE".
  const lineWords = text.match(WORD) ?? [];
  if (
    lineWords.length <= 6 &&
    (ADVERTISEMENT.has(lineWords[0] ?? '') || ADVERTISEMENT.has(lineWords[lineWords.length - 1] ?? ''))
  ) {
    return 'advertisement';
  }
  // Every token a share word: most lines fail at their first, before the rest are cleaned.
  let long = false;
  for (const token of text.split(/[\s|•·,/]+/u)) {
    if (token === '') continue;
    const word = token.replace(/[^\p{L}\p{M}\p{N}\u200c@.-]/gu, '');
    if (!SHARE.has(word)) return undefined;
    long ||= word.length >= 4;
  }
  return long ? 'share' : undefined;
}

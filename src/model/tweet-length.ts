/**
 * How long X considers a text, for telling a tweet's own lines from the
 * article's around it. X publishes the rule (twitter-text's v3 config): most
 * Latin, Greek, Cyrillic… characters weigh 1, everything else (CJK, most
 * symbols) and every emoji weigh 2, and a URL weighs 23 whatever its length.
 * We need only this much of twitter-text, so it is written here rather than
 * pulling in that package and its polyfills.
 */

export const MAX_TWEET_WEIGHT = 280;

// Code point ranges that weigh 1 (twitter-text v3 `ranges`).
const LIGHT: readonly (readonly [number, number])[] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const URL_WEIGHT = 23;
const URL = /\bhttps?:\/\/[^\s]+|\b(?:pic\.twitter\.com|t\.co)\/\w+/giu;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

function weighOne(grapheme: string): number {
  if (EMOJI.test(grapheme)) return 2;
  let weight = 0;
  for (const char of grapheme) {
    const code = char.codePointAt(0) ?? 0;
    weight += LIGHT.some(([from, to]) => code >= from && code <= to) ? 1 : 2;
  }
  return weight;
}

/** X's weighted length of `text` (newlines count as one). */
export function tweetWeight(text: string): number {
  let weight = 0;
  const rest = text.normalize('NFC').replace(URL, () => {
    weight += URL_WEIGHT;
    return '';
  });
  for (const { segment } of segmenter.segment(rest)) weight += weighOne(segment);
  return weight;
}

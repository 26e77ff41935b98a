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
// One emoji however it is built: skin tones, variation selectors, ZWJ families, flags, keycaps.
const EMOJI =
  /\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic})*|\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3/gu;
const EMOJI_WEIGHT = 2;

function weighChar(code: number): number {
  return LIGHT.some(([from, to]) => code >= from && code <= to) ? 1 : 2;
}

/** X's weighted length of `text` (newlines count as one). */
export function tweetWeight(text: string): number {
  let weight = 0;
  const rest = text
    .normalize('NFC')
    .replace(URL, () => {
      weight += URL_WEIGHT;
      return '';
    })
    .replace(EMOJI, () => {
      weight += EMOJI_WEIGHT;
      return '';
    });
  for (const char of rest) weight += weighChar(char.codePointAt(0) ?? 0);
  return weight;
}

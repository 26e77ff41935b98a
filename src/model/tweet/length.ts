/**
 * How long X considers a text, for telling a tweet's own lines from the
 * article's around it. X publishes the rule (twitter-text's v3 config): most
 * Latin, Greek, Cyrillic… characters weigh 1, everything else (CJK, most
 * symbols) and every emoji weigh 2, and a URL weighs 23 whatever its length.
 * We need only this much of twitter-text, so it is written here rather than
 * pulling in that package and its polyfills.
 */

export const MAX_TWEET_WEIGHT = 280;

const URL_WEIGHT = 23;
const URL = /\bhttps?:\/\/[^\s]+|\b(?:pic\.twitter\.com|t\.co)\/\w+/giu;
// One emoji however it is built: skin tones, variation selectors, ZWJ families, flags, keycaps.
const EMOJI =
  /\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic})*|\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3/gu;
const EMOJI_WEIGHT = 2;

// Code point ranges that weigh 1 (twitter-text v3 `ranges`): 0–4351, 8192–8205, 8208–8223, 8242–8247.
function isLight(code: number): boolean {
  return (
    code <= 4351 || (code >= 8192 && code <= 8205) || (code >= 8208 && code <= 8223) || (code >= 8242 && code <= 8247)
  );
}

/**
 * X's weighted length of `text` (newlines count as one). With `cap`, the
 * count stops once it passes `cap` (the result is then some number above
 * it): a caller asking whether a line fits in a tweet need not weigh a
 * megabyte of it character by character.
 */
export function tweetWeight(text: string, cap = Number.POSITIVE_INFINITY): number {
  // A long text against a cap: its start alone often passes it already. A text weighs at least what its start does
  // (but at its cut: a keycap or a flag cut in two may weigh a little more apart), so a start past the cap with room
  // to spare answers for the whole, and the megabyte after it is never normalised or searched.
  if (Number.isFinite(cap) && text.length > 8 * (cap + 16)) {
    const head = weigh(text.slice(0, 8 * (cap + 16)), cap + 8);
    if (head > cap + 8) return head;
  }
  return weigh(text, cap);
}

// What every URL and emoji the patterns find must hold: a text without any is not searched (most prose).
const URL_SIGN = /:\/\/|pic\.twitter\.com|t\.co\//i;
const EMOJI_SIGN = /[\u00a9\u00ae\u2000-\u{10ffff}]/u;

function weigh(text: string, cap: number): number {
  let weight = 0;
  let rest = text.normalize('NFC');
  if (URL_SIGN.test(rest)) {
    rest = rest.replace(URL, () => {
      weight += URL_WEIGHT;
      return '';
    });
  }
  if (EMOJI_SIGN.test(rest)) {
    rest = rest.replace(EMOJI, () => {
      weight += EMOJI_WEIGHT;
      return '';
    });
  }
  // Code units, not an iterator of strings: a surrogate pair is one code point above the BMP, which weighs 2.
  for (let index = 0; index < rest.length && weight <= cap; index += 1) {
    const code = rest.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < rest.length) {
      const next = rest.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index += 1;
        weight += 2;
        continue;
      }
    }
    weight += isLight(code) ? 1 : 2;
  }
  return weight;
}

// Checks a parsed tweet against its raw payload, computed independently of
// the parser: the visible text, every shown entity, safe hrefs, nested tweets.
import { decodeHTML } from 'entities';
import { expect } from 'vitest';
import type { Tweet, TweetSegment } from '../../src/model/tweet/types.js';

interface RawEntity {
  indices: [number, number];
  text?: string;
  screen_name?: string;
  display_url?: string;
  url?: string;
}
export interface RawTweet {
  id_str: string;
  text: string;
  display_text_range?: [number, number];
  entities?: Record<string, RawEntity[] | undefined>;
  quoted_tweet?: RawTweet;
  parent?: RawTweet;
  note_tweet?: { note_tweet_results?: { result?: { text?: string; entity_set?: RawTweet['entities'] } } };
}

/** The text X shows, computed straight from the payload: code-point slice, display URLs swapped in, then decoded. */
function visibleText(raw: RawTweet): string {
  const points = Array.from(raw.text);
  const [from, end] = raw.display_text_range ?? [0, points.length];
  // A link that straddles the end of the range is not shown, nor is its first letter.
  const cut = [...(raw.entities?.urls ?? []), ...(raw.entities?.media ?? [])].find(
    (e) => e.indices[0] >= from && e.indices[0] < end && e.indices[1] > end,
  );
  const to = cut ? cut.indices[0] : end;
  const swaps = [...(raw.entities?.urls ?? []), ...(raw.entities?.media ?? [])]
    .filter((e) => e.indices[0] >= from && e.indices[1] <= to)
    .sort((a, b) => a.indices[0] - b.indices[0]);
  let out = '';
  let cursor = from;
  for (const e of swaps) {
    out += decodeHTML(points.slice(cursor, e.indices[0]).join('')) + (e.display_url ?? '');
    cursor = e.indices[1];
  }
  out += decodeHTML(points.slice(cursor, to).join(''));
  // A quote's own permalink trails the text; the quote card replaces it.
  return raw.quoted_tweet ? out.replace(/\s*https:\/\/t\.co\/[A-Za-z0-9]+\s*$/, '') : out;
}

function shownEntities(raw: RawTweet, list: string): RawEntity[] {
  const points = Array.from(raw.text);
  const [from, to] = raw.display_text_range ?? [0, points.length];
  return (raw.entities?.[list] ?? []).filter((e) => e.indices[0] >= from && e.indices[1] <= to);
}

function texts(body: TweetSegment[], type: TweetSegment['type']): string[] {
  return body.filter((s) => s.type === type).map((s) => s.text.toLowerCase());
}

/** A note tweet that carries its full text is read as that text, all of it shown. */
function withNoteText(raw: RawTweet): RawTweet {
  const note = raw.note_tweet?.note_tweet_results?.result;
  if (!note?.text) return raw;
  const { display_text_range: _range, ...rest } = raw;
  return { ...rest, text: note.text, entities: note.entity_set ?? {} };
}

export function checkTweet(payload: RawTweet, tweet: Tweet): void {
  const raw = withNoteText(payload);
  expect(tweet.id).toBe(raw.id_str);
  expect(tweet.body.map((s) => s.text).join('')).toBe(visibleText(raw));
  // A hashtag's sign is # or the full-width ＃, whichever the text has.
  expect(texts(tweet.body, 'hashtag').map((tag) => tag.slice(1))).toEqual(
    shownEntities(raw, 'hashtags').map((e) => (e.text ?? '').toLowerCase()),
  );
  expect(texts(tweet.body, 'mention')).toEqual(
    shownEntities(raw, 'user_mentions').map((e) => `@${e.screen_name}`.toLowerCase()),
  );
  expect(texts(tweet.body, 'url')).toEqual(shownEntities(raw, 'urls').map((e) => (e.display_url ?? '').toLowerCase()));
  for (const segment of tweet.body) {
    expect(segment.text).not.toMatch(/&(amp|gt|lt|quot|#39);/);
    if (segment.type !== 'text') expect(segment.href).toMatch(/^https?:\/\//);
  }
  if (raw.quoted_tweet) checkTweet(raw.quoted_tweet, tweet.quoted as Tweet);
  if (raw.parent) checkTweet(raw.parent, tweet.parent as Tweet);
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tweet } from '../../../src/index.js';
import { parseSyndicationTweet } from '../../../src/model/tweet/syndication.js';

const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures');

export interface Payload {
  file: string;
  id: string;
  raw: unknown;
}

function payloadsIn(dir: string): Payload[] {
  return readdirSync(path.join(shared, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const json = JSON.parse(readFileSync(path.join(shared, dir, file), 'utf8')) as Record<string, unknown>;
      return Object.entries(json).map(([id, raw]) => ({ file: `${dir}/${file}`, id, raw }));
    });
}

/** The 50 real payloads. */
export const realPayloads = payloadsIn('syndication');
/** Every payload that is a tweet: the real ones and the good hand-written ones (card, poll, Persian, GIF). */
export const tweetPayloads = [...realPayloads, ...payloadsIn('syndication-authored')].filter(
  (p) => parseSyndicationTweet(p.raw).ok,
);

export function parsed(raw: unknown): Tweet {
  const result = parseSyndicationTweet(raw);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The 19 stored tweet embeds from Guardian articles. */
export function guardianTweetEmbeds(): { id: string; html: string; url: string }[] {
  const elements = JSON.parse(readFileSync(path.join(shared, 'guardian/elements.json'), 'utf8')) as {
    _type: string;
    id: string;
    html: string;
    url: string;
  }[];
  return elements.filter((e) => e._type.endsWith('TweetBlockElement'));
}

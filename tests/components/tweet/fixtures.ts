import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Tweet } from '../../../src/index.js';
import { parseSyndicationTweet } from '../../../src/model/tweet/syndication.js';
import { hasShared, ownSyndication, readFixture, sharedDir } from '../../shared.js';

const shared = path.join(sharedDir, 'fixtures');

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

/** The project's own payloads, one of every kind the parser reads, by file name (tests/fixtures/syndication). */
export const ownPayloads: Payload[] = ownSyndication().map((f) => ({
  file: `own/${f.file}`,
  id: f.key,
  raw: f.payload,
}));
/** The 50 real payloads, when ../shared is there. */
export const realPayloads = hasShared ? payloadsIn('syndication') : [];
/** Every payload that is a tweet: the project's, and with ../shared the real ones and its hand-written ones. */
export const tweetPayloads = [
  ...ownPayloads,
  ...realPayloads,
  ...(hasShared ? payloadsIn('syndication-authored') : []),
].filter((p) => parseSyndicationTweet(p.raw).ok);

export function parsed(raw: unknown): Tweet {
  const result = parseSyndicationTweet(raw);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The project's stored embeds (tests/fixtures/embeds.json). */
export function ownTweetEmbeds(): { id: string; html: string; url: string }[] {
  const embeds = JSON.parse(readFixture('embeds.json')) as { id: string; handle: string; html: string }[];
  return embeds.map((e) => ({ id: e.id, html: e.html, url: `https://twitter.com/${e.handle}/status/${e.id}` }));
}

/** The 19 stored tweet embeds from Guardian articles, when ../shared is there. */
export function guardianTweetEmbeds(): { id: string; html: string; url: string }[] {
  if (!hasShared) return [];
  const elements = JSON.parse(readFileSync(path.join(shared, 'guardian/elements.json'), 'utf8')) as {
    _type: string;
    id: string;
    html: string;
    url: string;
  }[];
  return elements.filter((e) => e._type.endsWith('TweetBlockElement'));
}

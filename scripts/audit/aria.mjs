// Accessibility-tree baselines: Playwright's ARIA snapshot (roles, names and
// their order) of key stories, committed under tests/browser/aria/ as YAML in
// .aria.txt files, so no formatter re-indents what must match byte for byte.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Stories whose tree is pinned: the seed article, each tweet kind and state, pull quote, player, consent gate. */
export const ARIA_STORIES = [
  'article-article--seed-page',
  'article-articlebody--consent',
  'article-listentostory--with-audio',
  'article-listentostory--with-speech',
  'article-pullquote--default',
  'article-pullquote--with-attribution',
  'article-pullquote--with-source-title',
  'tweet-tweet--text-only',
  'tweet-tweet--entities',
  'tweet-tweet--one-photo',
  'tweet-tweet--two-photos',
  'tweet-tweet--three-photos',
  'tweet-tweet--four-photos',
  'tweet-tweet--video',
  'tweet-tweet--gif',
  'tweet-tweet--quoted-with-media',
  'tweet-tweet--reply-with-parent',
  'tweet-tweet--truncated',
  'tweet-tweet--link-card',
  'tweet-tweet--poll-ended',
  'tweet-tweet--poll-open',
  'tweet-tweet--verified-blue',
  'tweet-tweet--affiliate-label',
  'tweet-tweet--media-none',
  'tweet-tweet--persian-rtl',
  'tweet-tweetembed--guardian-embed',
  'tweet-tweetembed--cut-off-markup',
  'tweet-tweetskeleton--default',
  'tweet-tweetunavailable--not-found',
  'tweet-tweetunavailable--deleted',
  'tweet-tweetunavailable--private',
  'tweet-tweetunavailable--invalid',
  'tweet-tweetunavailable--network',
  'tweet-tweetunavailable--without-url',
];

/** A few lines of context around the first difference, enough to see what changed. */
function firstDifference(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 1);
  const show = (lines, sign) =>
    lines
      .slice(from, i + 2)
      .map((l) => `${sign} ${l}`)
      .join('\n');
  return `line ${i + 1}:\n${show(a, '-')}\n${show(b, '+')}`;
}

/**
 * Compares the story's snapshot with its baseline (or writes it when
 * `update`). A missing baseline fails: a new key story needs one on purpose.
 */
export async function checkAriaBaseline(page, root, id, dir, update) {
  const snapshot = `${(await page.locator(root).ariaSnapshot()).trimEnd()}\n`;
  const file = join(dir, `${id}.aria.txt`);
  if (update) {
    mkdirSync(dir, { recursive: true });
    const changed = !existsSync(file) || readFileSync(file, 'utf8') !== snapshot;
    if (changed) writeFileSync(file, snapshot);
    return { failures: [], counts: { written: changed ? 1 : 0 } };
  }
  if (!existsSync(file)) return { failures: [`no accessibility-tree baseline at ${file}`], counts: {} };
  const expected = readFileSync(file, 'utf8');
  if (expected === snapshot) return { failures: [], counts: { same: 1 } };
  return { failures: [`accessibility tree differs from ${file}, ${firstDifference(expected, snapshot)}`], counts: {} };
}

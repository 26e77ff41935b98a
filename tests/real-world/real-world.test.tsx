/**
 * The real-world set in ../shared/fixtures/real-world, read in place (never
 * copied): copied texts, stored embeds and whole CMS posts, each checked
 * against its hand-written `expect`. Without ../shared the set is not there
 * to check; the suite says so on one line and checks only its own checker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '../../src/components/article/ArticleBody.js';
import { parseArticleHtml } from '../../src/model/article/html.js';
import { parseArticleText } from '../../src/model/article/text.js';
import { parseTweetEmbed } from '../../src/model/tweet/embed.js';
import { sharedDir } from '../shared.js';
import { type BodyExpect, checkBody, checkRendered, checkTweet, sequenceMatches, type TweetExpect } from './checks.js';

const dir = resolve(sharedDir, 'fixtures/real-world');
// Without ../shared, tests/shared-notice.ts says once for the run that the peer suites did not run.
const hasShared = existsSync(dir);

interface Case<E> {
  name: string;
  source: { url?: string; repo?: string };
  expect: E;
}
type TextCase = Case<BodyExpect> & { text: string };
type EmbedCase = Case<TweetExpect & { ok: boolean }> & { html: string };
type PostCase = Case<BodyExpect> & { html: string };

function read<T>(file: string, key: string): T[] {
  return (JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Record<string, T[]>)[key] ?? [];
}

function rendered(html: string): { text: string; hrefs: string[] } {
  const host = document.createElement('div');
  host.innerHTML = html;
  return {
    text: host.textContent ?? '',
    hrefs: [...host.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
  };
}

describe('the real-world expectation checker', () => {
  it('matches sequences token by token, with |, ?, * and +', () => {
    expect(
      sequenceMatches(['paragraph', 'paragraph+', 'tweet', 'paragraph?'], ['paragraph', 'paragraph', 'tweet']),
    ).toBe(true);
    expect(sequenceMatches(['paragraph', 'paragraph+', 'tweet'], ['paragraph', 'tweet'])).toBe(false);
    expect(sequenceMatches(['divider?', 'tweet|embed', 'paragraph*'], ['embed', 'paragraph', 'paragraph'])).toBe(true);
    expect(sequenceMatches(['tweet|embed'], ['embed', 'embed'])).toBe(false);
  });
});

if (hasShared) {
  describe('real-world copied texts (texts.json) through parseArticleText', () => {
    for (const entry of read<TextCase>('texts.json', 'texts')) {
      it(entry.name, () => {
        const parsed = parseArticleText(entry.text);
        if (!parsed.ok) throw new Error(parsed.error.message);
        expect(checkBody(parsed.value, entry.expect)).toEqual([]);
      });
    }
  });

  describe('real-world stored embeds (embeds.json) through parseTweetEmbed', () => {
    for (const entry of read<EmbedCase>('embeds.json', 'embeds')) {
      it(entry.name, () => {
        const parsed = parseTweetEmbed(entry.html);
        expect(parsed.ok ? [] : [parsed.error.message]).toEqual(entry.expect.ok ? [] : [expect.any(String)]);
        if (parsed.ok) expect(checkTweet(parsed.value, entry.expect, 'embed')).toEqual([]);
      });
    }
  });

  describe('real-world CMS posts (posts.json) through parseArticleHtml and ArticleBody', () => {
    for (const entry of read<PostCase>('posts.json', 'posts')) {
      it(entry.name, () => {
        // Posts are stored with relative image paths; an app passes the page's address, so does this suite.
        const parsed = parseArticleHtml(entry.html, { baseUrl: entry.source.url ?? 'https://blog.example/post/' });
        if (!parsed.ok) throw new Error(parsed.error.message);
        const page = rendered(renderToString(<ArticleBody article={parsed.value} />));
        expect([
          ...checkBody(parsed.value, entry.expect),
          ...checkRendered(page.text, page.hrefs, entry.expect),
        ]).toEqual([]);
      });
    }
  });
}

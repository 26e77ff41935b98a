// Every example of issue 10 ("Hostile input"), as a test: no throw, no hang
// (the suite's time-out), and the result says what was dropped. How long
// each takes is measured by `npm run bench:linearity` (bench/linearity.ts),
// never asserted here.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  ArticleBody,
  ArticleJsonLd,
  parseArticleHtml,
  parseArticleText,
  parseSyndicationTweet,
  parseTweetEmbed,
  readTweetEmbed,
  TweetEmbed,
  textToSegments,
} from '../../src/index.js';
import { MAX_BLOCKS } from '../../src/model/article/block-budget.js';
import { MAX_PARSE_DEPTH, parseHtml } from '../../src/model/shared/html.js';

const user = (handle: string) => ({ name: handle.toUpperCase(), screen_name: handle });
const signature = '— A (@a) <a href="https://twitter.com/a/status/1">May 1, 2024</a>';

function depthOf(nodes: ReturnType<typeof parseHtml>['nodes']): number {
  let deepest = 0;
  const stack = nodes.map((node) => ({ node, depth: 1 }));
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    deepest = Math.max(deepest, top.depth);
    if ('children' in top.node) for (const node of top.node.children) stack.push({ node, depth: top.depth + 1 });
  }
  return deepest;
}

describe('quadratic regexes and loops', () => {
  it('a link followed by a run of dots in article text', () => {
    const result = parseArticleText(`see http://a.co/${'.'.repeat(2e4)}b`);
    expect(result.ok).toBe(true);
  });

  it('runs of t.co links above a signature', () => {
    const result = parseArticleText(`${' t.co/a'.repeat(8000)}!\n— A (@a) May 1, 2024`);
    expect(result.ok).toBe(true);
  });

  it('a run of U+2000 above a signature', () => {
    const result = parseArticleText(`x${'\u2000'.repeat(2e4)}y\n— A (@a) May 1, 2024`);
    expect(result.ok).toBe(true);
  });

  it('a whitespace run in a syndication tweet that quotes another', () => {
    const result = parseSyndicationTweet({
      id_str: '1',
      user: user('a'),
      text: `a${' '.repeat(3e4)}b https://t.co/abc`,
      quoted_tweet: { id_str: '2', user: user('b'), text: 'quoted' },
    });
    expect(result.ok && result.value.body.map((s) => s.text).join('')).toBe(`a${' '.repeat(3e4)}b`);
  });

  it('800 hashtags whose indices span a 28,000-character text, reported with their count', () => {
    const hashtags = Array.from({ length: 800 }, (_, i) => ({ text: 'a', indices: [i, 28000] }));
    const result = parseSyndicationTweet({
      id_str: '1',
      user: user('a'),
      text: 'x'.repeat(28000),
      entities: { hashtags },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.body).toEqual([{ type: 'text', text: 'x'.repeat(28000) }]);
    expect(result.warnings).toEqual([
      "Tweet 1: 800 entities don't match their text (the first: hashtag entity at 0–28000).",
    ]);
    const one = parseSyndicationTweet({
      id_str: '1',
      user: user('a'),
      text: 'hello #b',
      entities: { hashtags: [{ text: 'b', indices: [0, 2] }] },
    });
    expect(one.ok && one.warnings).toEqual(["Tweet 1: hashtag entity at 0–2 doesn't match its text."]);
  });

  it('a no-break-space run in a TweetEmbed fallback', () => {
    const embed = readTweetEmbed(`<blockquote class="twitter-tweet"><p>${'\u00a0'.repeat(9e4)}x</p></blockquote>`);
    expect(embed).toMatchObject({ kind: 'fallback', error: { code: 'cut-off' }, text: 'x' });
    expect(renderToString(<TweetEmbed embed={embed} />)).toContain('>x</p>');
  });

  it('` <wbr>` runs in an embed', () => {
    const result = parseTweetEmbed(
      `<blockquote class="twitter-tweet"><p>hi${' <wbr>'.repeat(15000)}</p>${signature}</blockquote>`,
    );
    expect(result.ok && result.value.body).toEqual([{ type: 'text', text: 'hi' }]);
  });

  it("'<div>' × 60,000 in article HTML: the parse stops nesting at its cap and says so", () => {
    const html = `${'<div>'.repeat(60000)}deep`;
    const { nodes, flattened } = parseHtml(html);
    expect(depthOf(nodes)).toBeLessThanOrEqual(MAX_PARSE_DEPTH + 1);
    expect(flattened).toBe(60000 - MAX_PARSE_DEPTH);
    const result = parseArticleHtml(html);
    expect(result.ok && result.warnings).toEqual(
      expect.arrayContaining([expect.stringContaining(`flattened ${60000 - MAX_PARSE_DEPTH} elements`)]),
    );
  });

  it('the parse builds at most two <br> and one <hr> in a row (white space between allowed), and no <wbr>', () => {
    const names = (html: string) =>
      parseHtml(html).nodes.flatMap((node) =>
        node.type === 'tag' ? node.children.map((child) => (child.type === 'tag' ? child.name : 'text')) : [],
      );
    expect(names(`<p>a${'<br>'.repeat(5)}b</p>`)).toEqual(['text', 'br', 'br', 'text']);
    // The white space between the left-out ones joins into one text node.
    expect(names(`<p>a${' <br>'.repeat(5)} b</p>`)).toEqual(['text', 'br', 'text', 'br', 'text']);
    expect(names('<div><hr> <hr><hr><br><br><br><hr></div>')).toEqual(['hr', 'text', 'br', 'br', 'hr']);
    expect(names(`<p>long${'<wbr>'.repeat(3)}word</p>`)).toEqual(['text']);
    // In foreign content too, where the parser still closes each at once: what follows keeps its place.
    expect(names('<svg><br><br><br><b>x</b></svg>')).toEqual(['br', 'br', 'b']);
    // Other parents, or content between, start a new run.
    expect(names('<div><br><br><b><br></b><br><br>x<br></div>')).toEqual(['br', 'br', 'b', 'br', 'br', 'text', 'br']);
    expect(parseHtml(`<p>${'<br>'.repeat(1e6)}</p>`).repeated).toBe(1e6 - 2);
  });

  it('200 nested figures each holding the next', () => {
    const html = `${'<figure>'.repeat(200)}<img src="https://a.example/c.jpg" alt="c">${'</figure>'.repeat(200)}<p>after</p>`;
    const result = parseArticleHtml(html);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.blocks.at(-1)).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'after' }] });
    expect(result.warnings.join(' ')).toContain('nested deeper than');
  });
});

describe('stack overflows', () => {
  it('<TweetEmbed> of an embed with 30,000 nested <i> renders its fallback', () => {
    const embed = readTweetEmbed(`<blockquote class="twitter-tweet">${'<i>'.repeat(30000)}`);
    expect(embed.kind).toBe('fallback');
    expect(() => renderToString(<TweetEmbed embed={embed} />)).not.toThrow();
  });

  it('a deeply nested tweet embed keeps the rest of the article', () => {
    const result = parseArticleHtml(
      `<p>before</p><blockquote class="twitter-tweet">${'<i>'.repeat(30000)}</blockquote><p>after</p>`,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.blocks[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'before' }] });
    expect(result.warnings.join(' ')).toMatch(/flattened \d+ elements/);
  });

  it('12,000 nested blockquotes keep the rest of the article', () => {
    const result = parseArticleHtml(
      `<p>before</p>${'<blockquote>'.repeat(12000)}x${'</blockquote>'.repeat(12000)}<p>after</p>`,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.blocks[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'before' }] });
    expect(result.value.blocks.at(-1)).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'after' }] });
    expect(result.warnings.join(' ')).toMatch(/flattened 11\d{3} elements/);
  });

  it("'<div>' + '<hr>' × 200,000 + '</div>' is one divider, and says the rest were dropped", () => {
    const result = parseArticleHtml(`<div>${'<hr>'.repeat(2e5)}</div>`);
    expect(result.ok && result.value.blocks).toEqual([{ type: 'divider' }]);
    expect(result.ok && result.warnings.join(' ')).toMatch(/dropped 199999 repeated <br> and <hr>/);
  });

  it('one element holding 160,000 blocks (more than a call takes arguments) reads them all, past MAX_BLOCKS as text', () => {
    const result = parseArticleHtml(`<div>${'<hr><p>x</p>'.repeat(8e4)}</div>`);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.blocks).toHaveLength(MAX_BLOCKS + 1);
    const last = result.value.blocks.at(-1);
    // Every paragraph past the budget keeps its word; the dividers between them have none.
    const text = Array.from({ length: 8e4 - MAX_BLOCKS / 2 }, () => 'x').join('\n');
    expect(last?.type === 'paragraph' && last.children).toEqual([{ type: 'text', text }]);
    // The dividers past the budget are counted as dropped, not read.
    expect(result.warnings.join(' ')).toContain(
      `read the ${text.length.toLocaleString('en')} characters past the first ${MAX_BLOCKS.toLocaleString('en')} blocks as one paragraph (${8e4 - MAX_BLOCKS / 2} without text`,
    );
  });

  it('a leading run of 100,000 <br> in a paragraph', () => {
    const result = parseArticleHtml(`<p>${'<br>'.repeat(1e5)}x</p>`);
    expect(result.ok && result.value.blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'x' }] }]);
  });
});

describe('malformed stored blocks render nothing and are reported', () => {
  const malformed = [
    { type: 'paragraph' },
    { type: 'list' },
    { type: 'tweet' },
    { type: 'audio', src: 42 },
    { type: 'paragraph', children: [{ type: 'text', text: {} }] },
  ];
  it.each(malformed)('%j', (block) => {
    const reported: [number, string][] = [];
    const html = renderToString(
      <ArticleBody
        blocks={[block as never, { type: 'divider' }]}
        development={false}
        onInvalidBlock={(_block, index, problem) => reported.push([index, problem])}
      />,
    );
    expect(reported).toHaveLength(1);
    expect(reported[0]?.[0]).toBe(0);
    expect(reported[0]?.[1].length).toBeGreaterThan(0);
    // The rest of the body is still there, and nothing of the bad block.
    expect(html).toContain('<hr');
    expect(html).not.toContain('bs-unknown-block');
  });

  it('shows the development placeholder with what is wrong', () => {
    const html = renderToString(<ArticleBody blocks={[{ type: 'paragraph' } as never]} development />);
    expect(html).toContain('data-invalid=""');
    expect(html).toContain('Malformed “paragraph” block left out');
  });

  it('a blocks value that is not a list renders an empty body', () => {
    expect(renderToString(<ArticleBody blocks={{ type: 'paragraph' } as never} />)).toContain('bs-article-body');
  });
});

describe('smaller', () => {
  it('textToSegments(undefined) is no segments', () => {
    expect(textToSegments(undefined as never)).toEqual([]);
  });

  it('ArticleJsonLd keeps only string meta', () => {
    const html = renderToString(
      <ArticleJsonLd
        article={{ blocks: [] }}
        meta={
          {
            headline: { toString: () => 'x' },
            description: 42,
            section: ['a'],
            authors: [{ name: {} }, 'Jane', 7],
            images: [{}, 'https://a.example/i.jpg'],
            publisher: { name: null },
            speakable: [1, '.x'],
          } as never
        }
      />,
    );
    const json = JSON.parse(html.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''));
    expect(json).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '',
      author: [{ '@type': 'Person', name: 'Jane' }],
      image: ['https://a.example/i.jpg'],
      speakable: { '@type': 'SpeakableSpecification', cssSelector: ['.x'] },
    });
  });

  it('a 1×1 <img> is a tracking pixel, not a figure', () => {
    const result = parseArticleHtml('<img src="https://t.example/p.gif" width="1"><p>text</p>');
    expect(result.ok && result.value.blocks.map((b) => b.type)).toEqual(['paragraph']);
    expect(result.ok && result.warnings).toContain('dropped tracking pixels');
  });

  it("an embed's @mention text links only where it says", () => {
    const result = parseTweetEmbed(
      `<blockquote class="twitter-tweet"><p>hi <a href="https://twitter.com/evil">@alice</a> <a href="https://twitter.com/bob">@bob</a></p>${signature}</blockquote>`,
    );
    expect(result.ok && result.value.body).toEqual([
      { type: 'text', text: 'hi @alice ' },
      { type: 'mention', text: '@bob', href: 'https://x.com/bob' },
    ]);
  });

  it('a tag named constructor is unwrapped with a warning, not read as a mark (`<__proto__>` is text in HTML)', () => {
    const result = parseArticleHtml('<p><constructor>a</constructor> <__proto__>b</__proto__></p>');
    expect(result.ok && result.value.blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'a <__proto__>b' }] },
    ]);
    expect(result.ok && result.warnings).toEqual(expect.arrayContaining(['unwrapped <constructor> (text kept)']));
  });
});

// Work budgets: past a count no real input reaches, costly entities are read
// as the cheaper thing they also are, with their text kept and a warning.
import { describe, expect, it } from 'vitest';
import { parseArticleHtml, parseArticleText } from '../../src/index.js';
import { MAX_BLOCKS } from '../../src/model/article/block-budget.js';
import { MAX_HTML_LENGTH } from '../../src/model/article/html.js';
import { MAX_LINKS, MAX_POSTS } from '../../src/model/article/limits.js';
import type { Block } from '../../src/model/article/types.js';
import { facetSegments, MAX_FACETS } from '../../src/model/bluesky/facets.js';
import { findTextEntities, MAX_TEXT_ENTITIES, textToSegments } from '../../src/model/tweet/text-entities.js';

const tweetEmbed = (n: number) =>
  `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">post ${n}</p>&mdash; A (@a) <a href="https://twitter.com/a/status/${1000 + n}">May 1, 2024</a></blockquote>`;
const blueskyEmbed = (n: number) =>
  `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:aaaaaaaaaaaaaaaaaaaaaaaa/app.bsky.feed.post/3lbbbbbbbb${n}a"><p>sky ${n}</p>&mdash; A (<a href="https://bsky.app/profile/a.bsky.social">@a.bsky.social</a>) <a href="https://bsky.app/profile/a.bsky.social/post/3lbbbbbbbb${n}a">April 16, 2025 at 11:57 PM</a></blockquote>`;

function read(html: string): { blocks: Block[]; warnings: string[] } {
  const result = parseArticleHtml(html);
  if (!result.ok) throw new Error(result.error.message);
  return { blocks: result.value.blocks, warnings: result.warnings };
}

const textOf = (block: Block | undefined) => JSON.stringify(block);

describe(`embedded posts: ${MAX_POSTS} per article`, () => {
  it('reads the first MAX_POSTS tweet embeds as posts and the rest as quotes that keep text and link', () => {
    const count = MAX_POSTS + 25;
    const { blocks, warnings } = read(Array.from({ length: count }, (_, n) => tweetEmbed(n)).join(''));
    expect(blocks).toHaveLength(count);
    expect(blocks.filter((block) => block.type === 'tweet')).toHaveLength(MAX_POSTS);
    const last = blocks.at(-1);
    expect(last?.type).toBe('quote');
    expect(textOf(last)).toContain(`post ${count - 1}`);
    expect(last).toMatchObject({ cite: `https://twitter.com/a/status/${1000 + count - 1}` });
    expect(warnings).toContain(`read embedded posts past the first ${MAX_POSTS} as quotes (×25)`);
  });

  it('says nothing at exactly MAX_POSTS', () => {
    const { blocks, warnings } = read(Array.from({ length: MAX_POSTS }, (_, n) => tweetEmbed(n)).join(''));
    expect(blocks.every((block) => block.type === 'tweet')).toBe(true);
    expect(warnings.join('\n')).not.toContain('as quotes');
  });

  it('counts Bluesky embeds in the same budget, and keeps their text past it', () => {
    const html =
      Array.from({ length: MAX_POSTS }, (_, n) => tweetEmbed(n)).join('') + blueskyEmbed(1) + tweetEmbed(9999);
    const { blocks, warnings } = read(html);
    expect(blocks.filter((block) => block.type === 'tweet')).toHaveLength(MAX_POSTS);
    expect(textOf(blocks.at(-2))).toContain('sky 1');
    expect(textOf(blocks.at(-1))).toContain('post 9999');
    expect(warnings).toContain(`read embedded posts past the first ${MAX_POSTS} as quotes (×2)`);
  });
});

describe(`signed posts in copied text: ${MAX_POSTS} per article`, () => {
  const signed = (n: number) => `Words of post ${n}.\n— A (@a) May 1, 2024\n`;

  it('reads the rest as quotes with their author line, and says so once', () => {
    const count = MAX_POSTS + 3;
    const result = parseArticleText(Array.from({ length: count }, (_, n) => signed(n)).join('\n'));
    if (!result.ok) throw new Error(result.error.message);
    const { blocks } = result.value;
    expect(blocks).toHaveLength(count);
    expect(blocks.filter((block) => block.type === 'tweet')).toHaveLength(MAX_POSTS);
    expect(blocks.at(-1)).toMatchObject({ type: 'quote', attribution: 'A (@a) May 1, 2024' });
    expect(JSON.stringify(blocks.at(-1))).toContain(`post ${count - 1}`);
    expect(result.warnings).toEqual([`read embedded posts past the first ${MAX_POSTS} as quotes (×3)`]);
  });

  it('says nothing at exactly MAX_POSTS', () => {
    const result = parseArticleText(Array.from({ length: MAX_POSTS }, (_, n) => signed(n)).join('\n'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.blocks.every((block) => block.type === 'tweet')).toBe(true);
    expect(result.warnings).toEqual([]);
  });
  it('counts copied Mastodon lines in the same budget, and keeps each past it as its line', () => {
    const mastodon = 'Post by @someone@mastodon.social\nView on Mastodon\n';
    const text = `${Array.from({ length: MAX_POSTS }, (_, n) => signed(n)).join('\n')}\n${mastodon}`;
    const result = parseArticleText(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.blocks.at(-1)).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: 'Post by @someone@mastodon.social' }],
    });
    expect(result.warnings).toEqual([`read embedded posts past the first ${MAX_POSTS} as quotes`]);
    const within = parseArticleText(`${signed(0)}\n${mastodon}`);
    expect(within.ok && within.value.blocks.at(-1)?.type).toBe('tweet');
  });
});

describe(`links in article HTML: ${MAX_LINKS} per article`, () => {
  const anchors = (count: number) =>
    Array.from({ length: count }, (_, n) => `<a href="https://a.example/${n}">w${n}</a>`).join(' ');

  it('keeps the text of links past MAX_LINKS, without their address', () => {
    const result = parseArticleHtml(`<p>${anchors(MAX_LINKS + 2)}</p>`);
    if (!result.ok) throw new Error(result.error.message);
    const inlines = result.value.blocks[0]?.type === 'paragraph' ? result.value.blocks[0].children : [];
    expect(inlines.filter((inline) => inline.type === 'link')).toHaveLength(MAX_LINKS);
    expect(inlines.at(-1)).toEqual({ type: 'text', text: ` w${MAX_LINKS} w${MAX_LINKS + 1}` });
    expect(result.warnings).toContain('kept links past the first 10,000 as text (×2)');
  });

  it('counts across paragraphs and says nothing at exactly MAX_LINKS', () => {
    const half = MAX_LINKS / 2;
    const { warnings } = read(`<p>${anchors(half)}</p><p>${anchors(half)}</p>`);
    expect(warnings.join('\n')).not.toContain('as text');
  });
});

describe(`links in copied text: ${MAX_LINKS} per article`, () => {
  it('links the first MAX_LINKS URLs across lines and keeps the rest of the text', () => {
    const line = (n: number) => Array.from({ length: 1000 }, (_, k) => `https://a.example/${n}/${k}`).join(' ');
    const text = Array.from({ length: MAX_LINKS / 1000 + 2 }, (_, n) => line(n)).join('\n\n');
    const result = parseArticleText(text);
    if (!result.ok) throw new Error(result.error.message);
    const paragraphs = result.value.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.children] : []));
    expect(paragraphs).toHaveLength(MAX_LINKS / 1000 + 2);
    expect(paragraphs.flat().filter((inline) => inline.type === 'link')).toHaveLength(MAX_LINKS);
    expect(paragraphs.at(-1)).toEqual([{ type: 'text', text: line(MAX_LINKS / 1000 + 1) }]);
    expect(result.warnings).toEqual(['kept links past the first 10,000 as text (in 2 lines)']);
  });
});

describe(`entities in one text: ${MAX_TEXT_ENTITIES}`, () => {
  it('links the first MAX_TEXT_ENTITIES mentions and keeps the rest as one text, nothing lost', () => {
    const text = '@a '.repeat(MAX_TEXT_ENTITIES + 500);
    const segments = textToSegments(text);
    expect(segments.filter((segment) => segment.type === 'mention')).toHaveLength(MAX_TEXT_ENTITIES);
    expect(segments.at(-1)).toEqual({ type: 'text', text: ` ${'@a '.repeat(500)}` });
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('finds every entity of a text with fewer', () => {
    const text = '#a @b $C https://a.co/x '.repeat(MAX_TEXT_ENTITIES / 4);
    expect(findTextEntities(text)).toHaveLength(MAX_TEXT_ENTITIES);
    expect(findTextEntities(`${text}#z`)).toHaveLength(MAX_TEXT_ENTITIES);
  });

  it('stops inside one piece of the search as well as between pieces', () => {
    // 'a.co/' × n has no break: the whole run is one piece of MAX_TOKEN characters at a time.
    expect(findTextEntities('a.co/ '.repeat(MAX_TEXT_ENTITIES * 2))).toHaveLength(MAX_TEXT_ENTITIES);
  });
});

describe(`Bluesky facets: ${MAX_FACETS} per post`, () => {
  const tag = (i: number) => ({
    index: { byteStart: i * 3, byteEnd: i * 3 + 2 },
    features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'a' }],
  });

  it('reads the first MAX_FACETS, keeps the rest of the text plain, and says how many there were', () => {
    const count = MAX_FACETS + 10;
    const text = '#a '.repeat(count);
    const warnings: string[] = [];
    const segments = facetSegments(
      text,
      Array.from({ length: count }, (_, i) => tag(i)),
      warnings,
      'p',
    );
    expect(segments.filter((segment) => segment.type === 'hashtag')).toHaveLength(MAX_FACETS);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(warnings).toEqual([`Post p: only the first ${MAX_FACETS} of its ${count} facets were read.`]);
  });

  it('reads all of a list at the limit without a word', () => {
    const warnings: string[] = [];
    const segments = facetSegments(
      '#a '.repeat(MAX_FACETS),
      Array.from({ length: MAX_FACETS }, (_, i) => tag(i)),
      warnings,
      'p',
    );
    expect(segments.filter((segment) => segment.type === 'hashtag')).toHaveLength(MAX_FACETS);
    expect(warnings).toEqual([]);
  });
});

describe(`blocks: ${MAX_BLOCKS} per article`, () => {
  const first = `the first ${MAX_BLOCKS.toLocaleString('en')}`;
  const paragraphText = (block: Block | undefined) =>
    block?.type === 'paragraph'
      ? block.children.map((inline) => (inline.type === 'text' ? inline.text : '')).join('')
      : '';

  it('keeps the first MAX_BLOCKS of CMS HTML and the words of the rest as one paragraph', () => {
    const html = `${'<p>a</p>'.repeat(MAX_BLOCKS - 1)}<h2>last kept</h2><p>one</p><ul><li>two</li></ul><blockquote><p>three</p></blockquote>`;
    const { blocks, warnings } = read(html);
    expect(blocks).toHaveLength(MAX_BLOCKS + 1);
    expect(blocks[MAX_BLOCKS - 1]).toMatchObject({ type: 'heading' });
    expect(paragraphText(blocks.at(-1))).toBe('one\ntwo\nthree');
    expect(warnings).toContain(`read the 13 characters past ${first} blocks as one paragraph`);
  });

  it('says what past the budget has no words to keep', () => {
    const html = `${'<p>a</p>'.repeat(MAX_BLOCKS)}<p>one</p><hr><img src="https://a.example/b.jpg" alt="">`;
    const { blocks, warnings } = read(html);
    expect(paragraphText(blocks.at(-1))).toBe('one');
    expect(warnings).toContain(
      `read the 3 characters past ${first} blocks as one paragraph (2 without text, such as media and embeds, dropped)`,
    );
  });

  it('says nothing of HTML with exactly MAX_BLOCKS blocks and white space after the last', () => {
    const { blocks, warnings } = read(`${'<p>a</p>\n'.repeat(MAX_BLOCKS)}\n  \n`);
    expect(blocks).toHaveLength(MAX_BLOCKS);
    expect(warnings).toEqual([]);
  });

  it('reads nothing past the budget as a block: headings, embeds and quotes keep their words in order', () => {
    const tweet =
      '<blockquote class="twitter-tweet"><p>hi there</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1">May 1, 2024</a></blockquote>';
    const html = `${'<p>a</p>'.repeat(MAX_BLOCKS)}<h2>head</h2>${tweet}<script>alert(1)</script><p>x\u0007 <b>bold</b> y</p>`;
    const { blocks, warnings } = read(html);
    expect(blocks).toHaveLength(MAX_BLOCKS + 1);
    expect(blocks.some((block) => block.type === 'tweet' || block.type === 'heading')).toBe(false);
    expect(paragraphText(blocks.at(-1))).toBe('head\nhi there\n— A (@a) May 1, 2024\nx bold y');
    expect(warnings.join('\n')).not.toContain('script');
  });

  it('stays past the budget once there: a quote that reaches it ends, and what follows is still text', () => {
    const quote = `<blockquote>${'<p>q</p>'.repeat(MAX_BLOCKS + 5)}</blockquote>`;
    const { blocks } = read(`${quote}<p>after</p><h2>later</h2>`);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({ type: 'quote' });
    expect(paragraphText(blocks[1])).toBe(`${'q\n'.repeat(5)}after\nlater`);
  });

  it('holds copied text to the same budget, and says nothing at exactly MAX_BLOCKS', () => {
    const lines = (count: number) => Array.from({ length: count }, (_, n) => `line ${n}`).join('\n\n');
    const over = parseArticleText(lines(MAX_BLOCKS + 3));
    const exact = parseArticleText(lines(MAX_BLOCKS));
    if (!over.ok || !exact.ok) throw new Error('not parsed');
    expect(over.value.blocks).toHaveLength(MAX_BLOCKS + 1);
    const rest = [MAX_BLOCKS, MAX_BLOCKS + 1, MAX_BLOCKS + 2].map((n) => `line ${n}`).join('\n');
    expect(paragraphText(over.value.blocks.at(-1))).toBe(rest);
    expect(over.warnings).toEqual([
      `read the ${rest.length} characters past ${first} lines with text as one paragraph`,
    ]);
    expect(exact.value.blocks).toHaveLength(MAX_BLOCKS);
    expect(exact.warnings).toEqual([]);
  });

  it('keeps every word of copied text past the budget, unread: signatures, furniture and links stay text', () => {
    const head = 'a\n'.repeat(MAX_BLOCKS);
    const tail =
      '  first \t word\u00a0\u00a0here  \n\n \n\tAdvertisement\nhi https://a.example/x\n— A (@a) May 1, 2024\n';
    const result = parseArticleText(head + tail);
    if (!result.ok) throw new Error('not parsed');
    const { blocks } = result.value;
    expect(blocks).toHaveLength(MAX_BLOCKS + 1);
    expect(blocks.slice(0, MAX_BLOCKS).every((block) => paragraphText(block) === 'a')).toBe(true);
    expect(paragraphText(blocks.at(-1))).toBe(
      'first word here\nAdvertisement\nhi https://a.example/x\n— A (@a) May 1, 2024',
    );
  });

  it('cuts copied text one line past the budget, where it has exactly MAX_BLOCKS line breaks', () => {
    const result = parseArticleText(`${'a\n'.repeat(MAX_BLOCKS)}b`);
    if (!result.ok) throw new Error('not parsed');
    expect(result.value.blocks).toHaveLength(MAX_BLOCKS + 1);
    expect(paragraphText(result.value.blocks.at(-1))).toBe('b');
    // Cut before any rule read it, not folded back after being read (the block budget's backstop words it otherwise).
    expect(result.warnings).toEqual([`read the 1 characters past ${first} lines with text as one paragraph`]);
  });

  it('counts only lines with text towards the budget, however many blank lines lie between them', () => {
    const text = `${'a\n \t\n\n'.repeat(MAX_BLOCKS)}${' '.repeat(5000)}\n`;
    const result = parseArticleText(text);
    if (!result.ok) throw new Error('not parsed');
    expect(result.value.blocks).toHaveLength(MAX_BLOCKS);
    expect(result.warnings).toEqual([]);
  });
});

describe(`CMS HTML: ${MAX_HTML_LENGTH.toLocaleString('en')} characters`, () => {
  it('reads HTML up to MAX_HTML_LENGTH and refuses longer HTML with too-large', () => {
    const atLimit = `<p>${'a'.repeat(MAX_HTML_LENGTH - 7)}</p>`;
    expect(atLimit).toHaveLength(MAX_HTML_LENGTH);
    expect(parseArticleHtml(atLimit).ok).toBe(true);
    expect(parseArticleHtml(`${atLimit} `)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});

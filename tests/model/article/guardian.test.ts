import { describe, expect, it } from 'vitest';
import { parseArticleHtml } from '../../../src/model/article/html.js';
import type { Block, Inline } from '../../../src/model/article/types.js';
import { decodeEntities } from '../../../src/model/shared/html.js';
import { describeShared, readFixture, readShared } from '../../shared.js';

interface GuardianElement {
  _type: string;
  elementId: string;
  id?: string;
  url?: string;
  html?: string;
}

const kind = (element: GuardianElement) => element._type.split('.').at(-1) ?? '';

/**
 * How each element's `html` reaches the parser. Tweet and blockquote elements
 * carry complete markup. A PullquoteBlockElement carries only the quote's text
 * (the Guardian's renderer supplies the wrapper), so it is fed the way a CMS
 * would write a pull quote: wrapped in `<aside class="pullquote">`.
 */
function articleHtml(element: GuardianElement): string {
  const html = element.html ?? '';
  return kind(element) === 'PullquoteBlockElement' ? `<aside class="pullquote">${html}</aside>` : html;
}

const expectedType: Record<string, Block['type']> = {
  TweetBlockElement: 'tweet',
  BlockquoteBlockElement: 'quote',
  PullquoteBlockElement: 'pullquote',
};

function text(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => (inline.type === 'text' ? inline.text : inline.type === 'link' ? text(inline.children) : ' '))
    .join('');
}

// Whitespace differs by design (collapsed, breaks between lines); the words must not.
const letters = (value: string) => value.replace(/\s/g, '');

function blocksOf(element: GuardianElement): Block[] {
  const result = parseArticleHtml(articleHtml(element));
  if (!result.ok) throw new Error(result.error.message);
  return result.value.blocks;
}

describe('a CMS article written here', () => {
  it('parses each element to its block: heading, pull quote, stored tweet, list, paragraphs', () => {
    const result = parseArticleHtml(readFixture('html/cms-article.html'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.blocks.map((block) => block.type)).toEqual([
      'heading',
      'paragraph',
      'pullquote',
      'paragraph',
      'tweet',
      'paragraph',
      'list',
      'paragraph',
    ]);
    const [pullquote, tweet] = result.value.blocks.filter((b) => b.type === 'pullquote' || b.type === 'tweet');
    expect(pullquote?.type === 'pullquote' && [text(pullquote.children[0] ?? []), pullquote.attribution]).toEqual([
      'We watched the water climb the wall and stop.',
      'A harbour pilot',
    ]);
    expect(tweet?.type === 'tweet' && tweet.tweet.author.handle).toBe('harbourdesk');
    expect(result.warnings).toEqual(['dropped <script> and its content (×2)']);
  });
});

describeShared('the 42 Guardian body elements', () => {
  const elements = JSON.parse(readShared('fixtures/guardian/elements.json')) as GuardianElement[];
  it('are 19 tweets, 19 blockquotes and 4 pull quotes', () => {
    expect(elements.map(kind).filter((name) => name === 'TweetBlockElement')).toHaveLength(19);
    expect(elements.map(kind).filter((name) => name === 'BlockquoteBlockElement')).toHaveLength(19);
    expect(elements.map(kind).filter((name) => name === 'PullquoteBlockElement')).toHaveLength(4);
  });

  it('each parse to exactly one block of the right type (42/42)', () => {
    const matched = elements.filter((element) => {
      const blocks = blocksOf(element);
      return blocks.length === 1 && blocks[0]?.type === expectedType[kind(element)];
    });
    expect(matched.map((element) => element.elementId)).toEqual(elements.map((element) => element.elementId));
    expect(matched).toHaveLength(42);
  });

  it.each(elements.filter((element) => kind(element) === 'TweetBlockElement').map((element) => [element.url, element]))(
    'tweet %s keeps its id and author',
    (url, element) => {
      const [block] = blocksOf(element);
      if (block?.type !== 'tweet') throw new Error('expected a tweet block');
      expect(block.tweet.id).toBe(element.id);
      expect(url?.toLowerCase()).toContain(`twitter.com/${block.tweet.author.handle.toLowerCase()}/status/`);
    },
  );

  it.each(
    elements
      .filter((element) => kind(element) === 'BlockquoteBlockElement')
      .map((element) => [element.elementId, element]),
  )('blockquote %s keeps every paragraph and its words', (_id, element) => {
    const [block] = blocksOf(element);
    if (block?.type !== 'quote') throw new Error('expected a quote block');
    const paragraphs = (element.html ?? '').match(/<p[\s>]/g) ?? [];
    expect(block.children).toHaveLength(paragraphs.length);
    // These fixtures are plain <p>/<a>/<br> markup, so stripping tags is a fair oracle for their words.
    const words = block.children.map(text).join(' ');
    const expected = decodeEntities((element.html ?? '').replace(/<[^>]+>/g, ' '));
    expect(letters(words)).toBe(letters(expected));
  });

  it.each(
    elements
      .filter((element) => kind(element) === 'PullquoteBlockElement')
      .map((element) => [element.elementId, element]),
  )('pull quote %s keeps its text', (_id, element) => {
    const [block] = blocksOf(element);
    if (block?.type !== 'pullquote') throw new Error('expected a pull quote block');
    expect(block.children.map(text)).toEqual([element.html]);
  });
});

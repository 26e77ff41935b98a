import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticleHtml } from '../../../src/model/article/html.js';
import type { Article, BlockType } from '../../../src/model/article/types.js';
import { describeShared, readFixture, readShared } from '../../shared.js';

const BLOCK_TYPES: ReadonlySet<BlockType> = new Set<BlockType>([
  'paragraph',
  'heading',
  'list',
  'quote',
  'pullquote',
  'figure',
  'tweet',
  'audio',
  'divider',
  'embed',
]);
const INLINE_TYPES = new Set(['text', 'link', 'break']);
const MARKS = new Set(['strong', 'em', 'code', 'sub', 'sup', 'strike']);
// Keys whose string values are URLs anywhere in the model (tweets included).
const URL_KEY = /^(href|src|url|cite|poster)$|Url$/;

/** Every way the model could carry something unsafe to a renderer; [] when clean. */
function problems(article: Article): string[] {
  const found: string[] = [];
  const visit = (value: unknown, path: string, key: string) => {
    if (typeof value === 'string') {
      if (URL_KEY.test(key) && !/^(https?:\/\/[^\s]+|mailto:[^\s]*)$/i.test(value)) found.push(`${path}: ${value}`);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, `${path}[${index}]`, key);
      });
      return;
    }
    if (typeof value === 'object' && value !== null) {
      for (const [name, item] of Object.entries(value)) visit(item, `${path}.${name}`, name);
    }
  };
  visit(article, 'article', '');
  // Inline content: only text, links and breaks; links only http(s)/mailto; marks from the list.
  const inlines = (list: unknown, path: string) => {
    if (!Array.isArray(list)) return;
    for (const [index, inline] of (list as { type?: string; marks?: string[]; children?: unknown }[]).entries()) {
      if (!INLINE_TYPES.has(inline.type ?? '')) found.push(`${path}[${index}]: inline type ${inline.type}`);
      for (const mark of inline.marks ?? []) if (!MARKS.has(mark)) found.push(`${path}[${index}]: mark ${mark}`);
      if (inline.type === 'link') inlines(inline.children, `${path}[${index}].children`);
    }
  };
  for (const [index, block] of article.blocks.entries()) {
    const path = `blocks[${index}]`;
    if (!BLOCK_TYPES.has(block.type)) found.push(`${path}: block type ${block.type}`);
    if (block.type === 'quote' || block.type === 'pullquote') for (const line of block.children) inlines(line, path);
    else if ('children' in block) inlines(block.children, path);
    if (block.type === 'list') for (const item of block.items) inlines(item, path);
    if (block.type === 'figure') inlines(block.caption ?? [], path);
  }
  return found;
}

function expectSafe(payload: string): void {
  for (const baseUrl of [undefined, 'https://news.example/section/']) {
    const result = parseArticleHtml(payload, baseUrl === undefined ? undefined : { baseUrl });
    if (!result.ok) throw new Error(result.error.message);
    expect(problems(result.value)).toEqual([]);
  }
}

describe('parseArticleHtml on the project’s hostile samples', () => {
  const samples = JSON.parse(readFixture('html/hostile.json')) as { title: string; payload: string }[];
  it.each(samples.map(({ title, payload }) => [title, payload]))('%s', (_title, payload) => expectSafe(payload));

  it('the checker itself catches an unsafe model', () => {
    const unsafe = {
      blocks: [
        { type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: [] }] },
        { type: 'figure', src: 'data:image/png;base64,x', alt: '' },
        { type: 'iframe', src: 'https://a.example/' },
        { type: 'paragraph', children: [{ type: 'html', html: '<b>' }] },
      ],
    } as unknown as Article;
    expect(problems(unsafe)).toHaveLength(4);
  });

  it('keeps the text around what it drops', () => {
    const result = parseArticleHtml('<p>before<script>alert(1)</script> after <img src=x onerror=alert(1)></p>');
    expect(result.ok && result.value.blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'before after' }] },
    ]);
  });
});

describeShared('parseArticleHtml on DOMPurify’s hostile payloads', () => {
  const payloads = JSON.parse(readShared('fixtures/xss/dompurify-payloads.json')) as {
    title: string;
    payload: string;
  }[];
  it('has all 223 payloads', () => {
    expect(payloads).toHaveLength(223);
  });

  it('gives a model with no unsafe URL and no unknown block, inline or mark for every payload (223/223)', () => {
    const clean = payloads.filter(({ payload }) => {
      const result = parseArticleHtml(payload);
      return result.ok && problems(result.value).length === 0;
    });
    expect(clean).toHaveLength(223);
  });

  it.each(payloads.map(({ title, payload }, index) => [index, title, payload]))('#%i %s', (_index, _title, payload) =>
    expectSafe(payload),
  );
});

describe('parseArticleHtml: hostile tag soup (property)', () => {
  // 1,000 runs of random mixes of known attack shapes and arbitrary text.
  it('never yields an unsafe URL or an unknown block type (1,000 runs)', () => {
    const token = fc.oneof(
      fc.constantFrom(
        '<a href="javascript:alert(1)">',
        '<a href="  java\tscript:alert(1)">',
        '<a href="data:text/html;base64,PHNjcmlwdD4=">',
        '<a href="vbscript:msgbox(1)">',
        '<a href="//evil.example/x">',
        '<a href="/relative">',
        '<img src=x onerror=alert(1)>',
        '<img src="javascript:alert(1)">',
        '<img srcset="javascript:alert(1) 1x, data:x 2x">',
        '<iframe src="javascript:alert(1)">',
        '<iframe src="https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ">',
        '<audio src="data:audio/wav,x">',
        '<blockquote cite="javascript:alert(1)">',
        '<blockquote class="twitter-tweet"><p>x<a href="javascript:alert(1)">y</a></p>&mdash; A (@a) <a href="javascript:1">May 1, 2020</a>',
        '<svg><a xlink:href="javascript:alert(1)">',
        '<math><mi xlink:href="javascript:alert(1)">',
        '<object data="javascript:alert(1)">',
        '<embed src="data:text/html,x">',
        '<form action="javascript:alert(1)"><button formaction="javascript:x">',
        '<style>',
        '<script>',
        '</script>',
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
        '<template>',
        '</a>',
        '</blockquote>',
        '<p>',
        '</p>',
      ),
      fc.string({ maxLength: 10 }),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), fc.boolean(), (tokens, withBase) => {
        const result = parseArticleHtml(tokens.join(''), withBase ? { baseUrl: 'https://news.example/' } : undefined);
        expect(result.ok).toBe(true);
        if (result.ok) expect(problems(result.value)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

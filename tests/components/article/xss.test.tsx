/**
 * Hostile HTML (the project's samples, and DOMPurify's suite with ../shared),
 * through the real pipeline a publisher uses: CMS HTML → parseArticleHtml →
 * ArticleBody → server HTML.
 */
import type { Element } from 'domhandler';
import { findAll } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ICONS } from '../../../src/components/tweet/icons.js';
import { ArticleBody } from '../../../src/index.js';
import { parseArticleHtml } from '../../../src/model/article/html.js';
import { describeShared, readFixture, readShared } from '../../shared.js';

type Sample = { title: string; payload: string };
const samples = JSON.parse(readFixture('html/hostile.json')) as Sample[];

// React escapes `<` in every text node and attribute value, so in its output
// `<script` can only be a real tag, never text that mentions one.
const forbiddenTags = /<(script|style|iframe|object|embed|form|frame|frameset|base|link|meta|math|template)\b/i;
const badScheme = /^(?:javascript|vbscript|data):/i;
const iconPaths = new Set<string>(Object.values(ICONS));

/**
 * The one SVG allowed: <Tweet>'s decorative icon, drawn from our own path
 * table (no payload data reaches it). Anything else named svg fails.
 */
function isTweetIcon(svg: Element): boolean {
  const attrs = Object.keys(svg.attribs).every((a) =>
    ['viewbox', 'class', 'role', 'aria-label', 'aria-hidden', 'data-kind'].includes(a),
  );
  const kids = svg.children.filter((c) => c.type !== 'text');
  const path = kids[0] as Element | undefined;
  let inTweet = false;
  for (let p = svg.parent; p; p = p.parent) {
    if (p.type === 'tag' && /(^|\s)bs-tweet(\s|$)/.test((p as Element).attribs.class ?? '')) inTweet = true;
  }
  return (
    attrs &&
    inTweet &&
    kids.length === 1 &&
    path?.name === 'path' &&
    Object.keys(path.attribs).join() === 'd' &&
    iconPaths.has(path.attribs.d ?? '')
  );
}

/** Problems in server HTML; empty when it is clean. */
function problems(html: string): string[] {
  const found: string[] = [];
  const tag = html.match(forbiddenTags);
  if (tag) found.push(`tag ${tag[0]}`);
  const doc = parseDocument(html, { lowerCaseAttributeNames: true, decodeEntities: true });
  const elements = findAll(() => true, doc.children);
  const svgs = elements.filter((el) => el.name === 'svg');
  if ((html.match(/<svg/gi) ?? []).length !== svgs.length) found.push('svg the parser did not see');
  for (const svg of svgs) if (!isTweetIcon(svg)) found.push('svg that is not a tweet icon');
  for (const el of elements) {
    for (const [name, raw] of Object.entries(el.attribs)) {
      // Browsers drop ASCII whitespace and control characters inside a scheme.
      const value = [...raw].filter((ch) => (ch.codePointAt(0) ?? 0) > 0x20).join('');
      if (/^on/i.test(name)) found.push(`event handler ${name}`);
      if (name === 'style' || name === 'srcset' || name.includes(':')) found.push(`attribute ${name}`);
      if (badScheme.test(value)) found.push(`${name}=${raw.slice(0, 30)}`);
      if (name === 'href' && !/^(https?:\/\/|mailto:|#)/i.test(value)) found.push(`href ${raw.slice(0, 30)}`);
      if (name === 'src' && !/^https?:\/\//i.test(value)) found.push(`src ${raw.slice(0, 30)}`);
    }
  }
  return found;
}

function render(html: string): string {
  const parsed = parseArticleHtml(html, { baseUrl: 'https://news.example.com/world/' });
  if (!parsed.ok) return '';
  // Plain and behind requireConsent gates: both server renders must be clean.
  return (
    renderToString(<ArticleBody article={parsed.value} development={false} />) +
    renderToString(<ArticleBody article={parsed.value} development={false} requireConsent />)
  );
}

describeShared('XSS: DOMPurify payloads → parseArticleHtml → ArticleBody → renderToString', () => {
  const payloads = JSON.parse(readShared('fixtures/xss/dompurify-payloads.json')) as Sample[];
  it('has all 223 payloads', () => {
    expect(payloads).toHaveLength(223);
  });

  it.each(payloads.map((p, i) => [i, p.title, p.payload] as const))('%i: %s', (_i, _title, payload) => {
    expect(problems(render(payload))).toEqual([]);
  });
});

describe('XSS: the project’s hostile samples → parseArticleHtml → ArticleBody → renderToString', () => {
  it.each(samples.map((p) => [p.title, p.payload] as const))('%s', (_title, payload) => {
    expect(problems(render(payload))).toEqual([]);
  });

  it('the checker itself catches what it looks for', () => {
    expect(problems('<p><script>x</script></p>')).toContain('tag <script');
    expect(problems('<p onclick="x">a</p>')).toContain('event handler onclick');
    expect(problems('<a href=" java\tscript:alert(1)">a</a>').length).toBeGreaterThan(0);
    expect(problems('<img src="data:image/png;base64,AA">').length).toBeGreaterThan(0);
    expect(problems('<div><svg><path d="M0 0"/></svg></div>')).toContain('svg that is not a tweet icon');
    expect(problems('<p>text about &lt;script&gt; and javascript:void(0) onclick=x</p>')).toEqual([]);
  });

  it('every sample renders clean (summary)', () => {
    const clean = samples.filter((p) => problems(render(p.payload)).length === 0).length;
    console.info(`XSS: ${clean}/${samples.length} hostile samples render clean`);
    expect(clean).toBe(samples.length);
  });
});

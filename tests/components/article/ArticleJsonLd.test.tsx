import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { everyBlock } from '../../../src/components/article/fixtures/sample.js';
import { ArticleJsonLd } from '../../../src/index.js';

describe('ArticleJsonLd', () => {
  it('keeps a hostile headline inside the one JSON-LD script', () => {
    const headline = '</script><script>alert(1)</script>';
    const html = renderToString(<ArticleJsonLd article={everyBlock} meta={{ headline }} />);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.endsWith('</script>')).toBe(true);

    // What a browser makes of it: one script whose text parses back to the headline.
    const host = document.createElement('div');
    host.innerHTML = html;
    const scripts = host.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]?.textContent ?? '') as { headline: string };
    expect(data.headline).toBe(headline);
  });

  it('points speakable at the headline and standfirst ArticleHeader renders, unless told otherwise', () => {
    const read = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      return JSON.parse(host.querySelector('script')?.textContent ?? '') as { speakable?: unknown };
    };
    expect(read(renderToString(<ArticleJsonLd article={everyBlock} meta={{ headline: 'H' }} />)).speakable).toEqual({
      '@type': 'SpeakableSpecification',
      cssSelector: ['.bs-article-headline', '.bs-article-standfirst'],
    });
    const custom = renderToString(<ArticleJsonLd article={everyBlock} meta={{ headline: 'H', speakable: ['#s'] }} />);
    expect(read(custom).speakable).toEqual({ '@type': 'SpeakableSpecification', cssSelector: ['#s'] });
  });

  it('escapes text from the body too', () => {
    const article = {
      blocks: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text: 'a </SCRIPT > b <!-- c' }] }],
    };
    const html = renderToString(<ArticleJsonLd article={article} meta={{ headline: 'H' }} />);
    expect(html.toLowerCase().match(/<\/script/g)).toHaveLength(1);
    expect(html).not.toContain('<!--');
  });
});

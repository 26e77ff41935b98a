import { describe, expect, it } from 'vitest';
import { everyBlock } from '../../../src/components/article/fixtures/sample.js';
import { articleJsonLd, articleText, serializeJsonLd } from '../../../src/index.js';

describe('articleJsonLd', () => {
  const meta = {
    headline: 'Khamenei rejects talks with the US',
    url: 'https://news.example.com/world/khamenei-talks',
    description: 'Iran’s supreme leader says negotiating with Washington would be degrading.',
    datePublished: '2025-02-07T14:00:00Z',
    dateModified: '2025-02-07T18:30:00+01:00',
    authors: ['Jane Doe', { name: 'John Roe', url: 'https://news.example.com/staff/roe' }],
    images: ['https://news.example.com/a.jpg', 'javascript:alert(1)'],
    publisher: { name: 'Example News', logo: 'https://news.example.com/logo.png' },
  };

  it('is a schema.org NewsArticle with speakable parts', () => {
    const data = articleJsonLd(everyBlock, { ...meta, speakable: ['.bs-article-headline', '.bs-article-standfirst'] });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: meta.headline,
      url: meta.url,
      mainEntityOfPage: { '@type': 'WebPage', '@id': meta.url },
      inLanguage: 'en',
      datePublished: '2025-02-07T14:00:00.000Z',
      dateModified: '2025-02-07T17:30:00.000Z',
      author: [
        { '@type': 'Person', name: 'Jane Doe' },
        { '@type': 'Person', name: 'John Roe', url: 'https://news.example.com/staff/roe' },
      ],
      image: ['https://news.example.com/a.jpg'],
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'Example News',
        logo: { '@type': 'ImageObject', url: 'https://news.example.com/logo.png' },
      },
      speakable: { '@type': 'SpeakableSpecification', cssSelector: ['.bs-article-headline', '.bs-article-standfirst'] },
    });
  });

  it('takes the body text from paragraphs, headings, lists and quotes, not from embeds or pull quotes', () => {
    const text = articleText(everyBlock);
    expect(text).toContain('Iran’s supreme leader Ayatollah Ali Khamenei firmly rejected');
    expect(text).toContain('A return to “maximum pressure”');
    expect(text).toContain('Prevent nuclear weapons development');
    expect(text).not.toContain('tint1281481');
    expect(text).not.toContain('If they threaten us');
    const data = articleJsonLd(everyBlock, meta);
    expect(data.articleBody).toBe(text);
    expect(data.wordCount).toBe(text.split(/\s+/).length);
  });

  it('leaves out what it does not have, and dates that do not parse', () => {
    const data = articleJsonLd({ blocks: [] }, { headline: 'H', datePublished: 'yesterday', url: 'ftp://x' });
    // No selectors, no speakable: the model names no component's CSS classes (ArticleJsonLd adds its own).
    expect(Object.keys(data).sort()).toEqual(['@context', '@type', 'headline']);
  });

  it('takes custom speakable selectors', () => {
    const data = articleJsonLd(everyBlock, { headline: 'H', speakable: ['#summary'] });
    expect(data.speakable).toEqual({ '@type': 'SpeakableSpecification', cssSelector: ['#summary'] });
  });
});

describe('serializeJsonLd', () => {
  it('escapes every character that could end the script or start a comment, and round-trips', () => {
    const data = { headline: '</script><script>alert(1)</script> <!-- & \u2028\u2029' };
    const out = serializeJsonLd(data);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(data);
  });
});

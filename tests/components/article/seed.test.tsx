import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Article } from '../../../src/components/article/Article.js';
import { parseArticleText } from '../../../src/model/article/text.js';
import { hydrateServerHtml } from '../../hydrate.js';
import { readFixture } from '../../shared.js';

const seedText = readFixture('texts/seed.txt');

function seedArticle() {
  const parsed = parseArticleText(seedText, { lang: 'en' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const header = {
  kicker: 'Middle East',
  headline: 'Khamenei rejects talks with the US as “not intelligent, wise or honorable”',
  standfirst: 'Iran’s supreme leader says negotiating with Washington would be degrading.',
  byline: 'By Staff Reporter',
  published: '2025-02-07T14:00:00Z',
};

describe('the seed article rendered on the server', () => {
  it('renders header, listen button, ten paragraphs and two tweets between skip links', () => {
    const html = renderToString(<Article article={seedArticle()} header={header} />);
    const host = document.createElement('div');
    host.innerHTML = html;
    const body = host.querySelector('.bs-article-body') as HTMLElement;
    expect(host.querySelector('article.bs-article > header h1')).toHaveTextContent('Khamenei rejects talks');
    expect(host.querySelector('time')).toHaveAttribute('datetime', '2025-02-07T14:00:00Z');
    const sequence = [...body.children].map((el) =>
      el.classList.contains('bs-embed') ? 'tweet' : el.classList.contains('bs-listen') ? 'audio' : 'p',
    );
    expect(sequence).toEqual(['audio', 'p', 'p', 'p', 'tweet', 'p', 'p', 'p', 'tweet', 'p', 'p', 'p', 'p']);
    const skips = [...body.querySelectorAll('a.bs-skip')].map((a) => a.textContent);
    expect(skips).toEqual(['Skip post by @tint1281481', 'Skip post by @0xm0m0']);
    expect(body.querySelectorAll('.bs-embed .bs-tweet')).toHaveLength(2);
    expect(body.querySelector('.bs-listen button')).toHaveTextContent('Listen to this story');
    expect(body.textContent).toContain('There won’t be anything left.');
    // No client-only markup in the server HTML.
    expect(html).not.toContain('<audio');
  });

  it('hydrates without mismatches', async () => {
    const element = <Article article={seedArticle()} header={header} body={{ requireConsent: true }} />;
    const html = renderToString(element);
    const report = await hydrateServerHtml(html, element);
    expect(report.logged).toEqual([]);
    expect(report.recoverable).toEqual([]);
  });
});

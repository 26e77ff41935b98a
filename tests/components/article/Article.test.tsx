import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { Article } from '../../../src/components/article/Article.js';
import { everyBlock, paragraph, tweet } from '../../../src/components/article/fixtures/sample.js';
import { de } from '../../../src/i18n/locales/index.js';
import { ArticleHeader } from '../../../src/index.js';

describe('ArticleHeader', () => {
  it('renders kicker, one h1, standfirst, byline and dates as <time>', () => {
    render(
      <ArticleHeader
        kicker="World"
        headline="Headline"
        standfirst="Summary"
        byline="By Jane Doe"
        published="2025-02-07T14:00:00Z"
        updated="2025-02-07T18:30:00Z"
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Headline' })).toHaveClass('bs-article-headline');
    expect(screen.getByText('Summary')).toHaveClass('bs-article-standfirst');
    expect(screen.getByText('World')).toHaveClass('bs-article-kicker');
    const times = document.querySelectorAll('time');
    expect([...times].map((t) => t.getAttribute('datetime'))).toEqual(['2025-02-07T14:00:00Z', '2025-02-07T18:30:00Z']);
    expect(times[0]?.parentElement).toHaveTextContent('Published Feb 7, 2025, 2:00 PM UTC');
    expect(times[1]?.parentElement).toHaveTextContent('Updated Feb 7, 2025, 6:30 PM UTC');
  });

  it('leaves out an update equal to publication, and dates that do not parse', () => {
    render(<ArticleHeader headline="H" published="2025-02-07T14:00:00Z" updated="2025-02-07T14:00:00Z" />);
    expect(document.querySelectorAll('time')).toHaveLength(1);
    render(<ArticleHeader headline="H2" published="soon" />);
    expect(document.querySelectorAll('time')).toHaveLength(1);
  });

  it('formats in the given time zone and language', () => {
    render(
      <ArticleHeader headline="H" published="2025-02-07T23:30:00Z" locale="de" labels={de} timeZone="Europe/Berlin" />,
    );
    expect(document.querySelector('.bs-article-date')).toHaveTextContent(/^Veröffentlicht 8\. Feb\. 2025/);
  });

  it('passes className, ref and attributes to the header', () => {
    const ref = createRef<HTMLElement>();
    render(<ArticleHeader ref={ref} headline="H" className="mine" data-x="1" />);
    expect(ref.current?.tagName).toBe('HEADER');
    expect(ref.current).toHaveClass('bs-article-header', 'mine');
    expect(ref.current).toHaveAttribute('data-x', '1');
  });
});

describe('Article', () => {
  it('is an <article> in the article’s language and direction, with header and body', () => {
    const ref = createRef<HTMLElement>();
    render(
      <Article ref={ref} article={{ ...everyBlock, lang: 'fa', dir: 'rtl' }} header={{ headline: 'H' }} className="x">
        <footer className="bs-article-actions">Share</footer>
      </Article>,
    );
    const article = ref.current as HTMLElement;
    expect(article.tagName).toBe('ARTICLE');
    expect(article).toHaveClass('bs-article', 'x');
    expect(article).toHaveAttribute('lang', 'fa');
    expect(article).toHaveAttribute('dir', 'rtl');
    expect([...article.children].map((c) => c.className)).toEqual([
      'bs-article-header',
      'bs-article-body bs-container',
      'bs-article-actions',
    ]);
    // The article's language sets the locale; strings stay English until a pack is passed (see the next test).
    expect(screen.getByRole('link', { name: 'Skip post by @tint1281481' })).toBeInTheDocument();
  });

  it('passes body options through', () => {
    render(<Article article={{ blocks: [tweet, paragraph] }} body={{ requireConsent: true, idPrefix: 'main' }} />);
    expect(document.getElementById('main-embed-0-end')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Show content from X' })).toBeInTheDocument();
  });
});

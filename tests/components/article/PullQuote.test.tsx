import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PullQuote } from '../../../src/index.js';
import { hydrateServerHtml } from '../../hydrate.js';

describe('PullQuote', () => {
  it('passes className, style, ref and other props to the aside', () => {
    const ref = createRef<HTMLElement>();
    render(
      <PullQuote ref={ref} className="mine" style={{ color: 'red' }} data-testid="pq" id="q1" title="t">
        Quote
      </PullQuote>,
    );
    const aside = screen.getByTestId('pq');
    expect(aside.tagName).toBe('ASIDE');
    expect(ref.current).toBe(aside);
    expect(aside).toHaveClass('bs-pullquote', 'mine');
    expect(aside).toHaveStyle({ color: 'rgb(255, 0, 0)' });
    expect(aside).toHaveAttribute('id', 'q1');
    expect(aside).toHaveAttribute('title', 't');
  });

  it('is a named complementary landmark holding a blockquote of paragraphs', () => {
    render(<PullQuote>{['First.', 'Second.']}</PullQuote>);
    const aside = screen.getByRole('complementary', { name: 'Pull quote' });
    const paragraphs = aside.querySelectorAll('blockquote > p');
    expect([...paragraphs].map((p) => p.textContent)).toEqual(['First.', 'Second.']);
  });

  it('keeps element children as given', () => {
    render(
      <PullQuote>
        <p className="own">Mine</p>
      </PullQuote>,
    );
    expect(screen.getByText('Mine')).toHaveClass('own');
    expect(screen.getByText('Mine').parentElement?.tagName).toBe('BLOCKQUOTE');
  });

  it('hides the decorative mark and can drop it', () => {
    const { container, rerender } = render(<PullQuote>Q</PullQuote>);
    expect(container.querySelector('.bs-pullquote-mark')).toHaveAttribute('aria-hidden', 'true');
    rerender(<PullQuote mark="">Q</PullQuote>);
    expect(container.querySelector('.bs-pullquote-mark')).toBeNull();
  });

  it('puts a person in the footer and only a work title in <cite>', () => {
    const { container, rerender } = render(<PullQuote attribution="Jane Doe">Q</PullQuote>);
    expect(container.querySelector('footer')).toHaveTextContent('Jane Doe');
    expect(container.querySelector('cite')).toBeNull();
    rerender(
      <PullQuote attribution="Jane Doe" source="The Report">
        Q
      </PullQuote>,
    );
    expect(container.querySelector('footer')).toHaveTextContent('Jane Doe, The Report');
    expect(container.querySelector('cite')).toHaveTextContent('The Report');
  });

  it('renders no footer without attribution or source', () => {
    const { container } = render(<PullQuote>Q</PullQuote>);
    expect(container.querySelector('footer')).toBeNull();
  });

  it('announces by default and hides from assistive technology with duplicate="hide"', () => {
    const { container, rerender } = render(<PullQuote>Q</PullQuote>);
    expect(container.querySelector('aside')).not.toHaveAttribute('aria-hidden');
    rerender(<PullQuote duplicate="hide">Q</PullQuote>);
    expect(container.querySelector('aside')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('exposes align and size as data attributes, with defaults', () => {
    const { container, rerender } = render(<PullQuote>Q</PullQuote>);
    const aside = container.querySelector('aside');
    expect(aside).toHaveAttribute('data-align', 'center');
    expect(aside).toHaveAttribute('data-size', 'md');
    rerender(
      <PullQuote align="end" size="lg">
        Q
      </PullQuote>,
    );
    expect(aside).toHaveAttribute('data-align', 'end');
    expect(aside).toHaveAttribute('data-size', 'lg');
  });

  it('takes a translated accessible name', () => {
    render(<PullQuote label="نقل‌قول">Q</PullQuote>);
    expect(screen.getByRole('complementary', { name: 'نقل‌قول' })).toBeInTheDocument();
  });

  it('renders the same markup on the server and hydrates without warnings', async () => {
    const element = (
      <PullQuote align="end" attribution="Jane" source="Book">
        {['One.', 'Two.']}
      </PullQuote>
    );
    const html = renderToString(element);
    expect(await hydrateServerHtml(html, element)).toEqual({ logged: [], recoverable: [], changed: false });
  });
});

import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { type LinkProps, Tweet, type TweetAvatarProps } from '../../../src/index.js';
import { sampleTweet } from './sample.js';

function Link({ children, ...props }: LinkProps) {
  return (
    <a {...props} data-mine="">
      {children}
    </a>
  );
}

function MyAvatar({ className, width, height }: TweetAvatarProps) {
  return (
    <img className={className} alt="" width={width} height={height} data-avatar="" src="https://cdn.example/a.png" />
  );
}

describe('<Tweet> contract', () => {
  it('passes className, style, ref and native props to the <article> root', () => {
    const ref = createRef<HTMLElement>();
    render(
      <Tweet
        tweet={sampleTweet()}
        ref={ref}
        className="mine"
        style={{ color: 'red' }}
        id="t1"
        data-testid="tweet"
        aria-describedby="x"
      />,
    );
    const root = screen.getByTestId('tweet');
    expect(root.tagName).toBe('ARTICLE');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('bs-tweet', 'mine');
    expect(root).toHaveStyle({ color: 'rgb(255, 0, 0)' });
    expect(root).toHaveAttribute('id', 't1');
    expect(root).toHaveAttribute('aria-describedby', 'x');
  });

  it('sets data-theme only when a theme is given', () => {
    const { container, rerender } = render(<Tweet tweet={sampleTweet()} />);
    expect(container.firstElementChild).not.toHaveAttribute('data-theme');
    rerender(<Tweet tweet={sampleTweet()} theme="dark" />);
    expect(container.firstElementChild).toHaveAttribute('data-theme', 'dark');
  });

  it('hands `Link` and `components` overrides down to the quoted and parent tweets', () => {
    const quoted = sampleTweet({ id: '2', url: 'https://x.com/q/status/2', media: [] });
    const parent = sampleTweet({ id: '3', url: 'https://x.com/p/status/3', media: [] });
    const { container } = render(
      <Tweet tweet={sampleTweet({ quoted, parent })} Link={Link} components={{ Avatar: MyAvatar }} />,
    );
    const links = container.querySelectorAll('a');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a).toHaveAttribute('data-mine');
    const quotedCard = container.querySelector('.bs-tweet-quoted');
    const parentCard = container.querySelector('.bs-tweet-parent');
    expect(quotedCard?.querySelector('[data-avatar]')).not.toBeNull();
    expect(parentCard?.querySelector('[data-avatar]')).not.toBeNull();
    expect(within(quotedCard as HTMLElement).getByRole('link', { name: /Feb 20, 2024/ })).toHaveAttribute(
      'href',
      'https://x.com/q/status/2',
    );
  });
});

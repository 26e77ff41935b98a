import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { es, fr } from '../../../src/i18n/locales/index.js';
import {
  parseSyndicationTweet,
  readTweetEmbed,
  TweetEmbed,
  TweetSkeleton,
  TweetUnavailable,
  type TweetUnavailableReason,
  unavailableReason,
} from '../../../src/index.js';
import { ownTweetEmbeds } from './fixtures.js';

const url = 'https://x.com/a/status/1';

describe('<TweetUnavailable>', () => {
  const reasons: [TweetUnavailableReason, RegExp][] = [
    ['not-found', /doesn’t exist/],
    ['deleted', /was deleted/],
    ['private', /limits who can view/],
    ['invalid', /can’t be displayed/],
    ['network', /couldn’t be loaded/],
  ];

  it.each(reasons)('says why for %s, and links to X', (reason, message) => {
    render(<TweetUnavailable reason={reason} url={url} />);
    const root = screen.getByRole('article');
    expect(root).toHaveAttribute('data-reason', reason);
    expect(root).toHaveTextContent(message);
    expect(screen.getByRole('link', { name: 'View on X' })).toHaveAttribute('href', url);
  });

  it('gives each reason its own message', () => {
    const messages = reasons.map(([reason]) => renderToString(<TweetUnavailable reason={reason} />));
    expect(new Set(messages).size).toBe(reasons.length);
  });

  it('draws no link without a URL or with a non-http one', () => {
    render(<TweetUnavailable reason="deleted" />);
    render(<TweetUnavailable reason="deleted" url="javascript:alert(1)" />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('passes className, style and ref to the root, and translates', () => {
    const ref = createRef<HTMLElement>();
    render(
      <TweetUnavailable reason="network" ref={ref} className="mine" style={{ color: 'red' }} locale="es" labels={es} />,
    );
    expect(ref.current).toHaveClass('bs-tweet-unavailable', 'mine');
    expect(ref.current).toHaveStyle({ color: 'rgb(255, 0, 0)' });
    expect(ref.current).toHaveTextContent('No se pudo cargar esta publicación');
  });
});

describe('unavailableReason', () => {
  it('maps parser and fetch errors to what the reader is told, by code alone', () => {
    expect(unavailableReason({ code: 'not-found', message: '' })).toBe('not-found');
    expect(unavailableReason({ code: 'timeout', message: '' })).toBe('network');
    expect(unavailableReason({ code: 'network', message: '' })).toBe('network');
    expect(unavailableReason({ code: 'http-status', message: '' })).toBe('network');
    expect(unavailableReason({ code: 'invalid-payload', message: '' })).toBe('invalid');
    expect(unavailableReason({ code: 'deleted', message: '' })).toBe('deleted');
    expect(unavailableReason({ code: 'unavailable', message: '' })).toBe('deleted');
    expect(unavailableReason({ code: 'protected', message: '' })).toBe('private');
    // The message is for developers: its words change nothing.
    expect(unavailableReason({ code: 'unavailable', message: 'the account owner limits who can view' })).toBe(
      'deleted',
    );
  });

  it('reads a tombstone payload as deleted', () => {
    const result = parseSyndicationTweet({ __typename: 'TweetTombstone', tombstone: { text: { text: 'gone' } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(unavailableReason(result.error)).toBe('deleted');
  });

  it('reads the tombstone of an account that limits who can view its posts as private', () => {
    const text = 'You’re unable to view this Post because this account owner limits who can view their Posts.';
    const result = parseSyndicationTweet({ __typename: 'TweetTombstone', tombstone: { text: { text } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(unavailableReason(result.error)).toBe('private');
  });
});

describe('<TweetSkeleton>', () => {
  it('announces loading in the locale and passes props to the root', () => {
    const ref = createRef<HTMLDivElement>();
    render(<TweetSkeleton ref={ref} locale="fr" labels={fr} className="mine" />);
    const status = screen.getByRole('status');
    expect(status).toBe(ref.current);
    expect(status).toHaveClass('bs-tweet-skeleton', 'mine');
    expect(status).toHaveTextContent('Chargement de la publication…');
  });
});

describe('<TweetEmbed>', () => {
  const embeds = ownTweetEmbeds();

  it('renders a stored embed as a tweet with its links', () => {
    const embed = embeds.find((e) => e.id === '1790273840870326290');
    render(<TweetEmbed embed={readTweetEmbed(embed?.html ?? '')} className="mine" />);
    expect(screen.getByRole('article')).toHaveClass('bs-tweet', 'mine');
    expect(screen.getByRole('link', { name: '#Harbour' })).toBeInTheDocument();
    expect(screen.getByText(/The 07:40 ferry leaves on time/)).toBeInTheDocument();
  });

  it('keeps the text and the status link of markup it can’t read as a tweet', () => {
    const html =
      '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Half a tweet<br>second line</p>' +
      '<a href="https://twitter.com/a/status/123">Feb 1</a> <script>alert(1)</script>';
    const { container } = render(<TweetEmbed embed={readTweetEmbed(html)} />);
    const root = screen.getByRole('article');
    expect(root).toHaveClass('bs-tweet-unavailable');
    expect(root).toHaveAttribute('data-reason', 'invalid');
    const quote = container.querySelector('blockquote p') as HTMLElement;
    expect(quote).toHaveAttribute('lang', 'en');
    expect(quote.innerHTML).toBe('Half a tweet<br>second line');
    expect(screen.getByRole('link', { name: 'View on X' })).toHaveAttribute('href', 'https://twitter.com/a/status/123');
    expect(container.innerHTML).not.toContain('alert');
  });

  it('keeps hostile markup as inert text', () => {
    const html = '<blockquote class="twitter-tweet"><p><img src=x onerror=alert(1)>hi <a href="javascript:x">y</a></p>';
    const out = renderToString(<TweetEmbed embed={readTweetEmbed(html)} />);
    expect(out).not.toMatch(/<img|onerror=|javascript:/);
    expect(out).toContain('hi y');
  });
});

// One set of render options from article to tweet: whatever an article is given reaches every tweet
// inside it, the quoted and parent tweets too.
import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { fa } from '../../../src/i18n/locales/index.js';
import {
  Article,
  ArticleBody,
  type Block,
  defaultBlocks,
  EmbedLink,
  type LinkProps,
  ListenToStory,
  Tweet,
} from '../../../src/index.js';
import { sampleTweet } from '../tweet/sample.js';

const quoted = sampleTweet({ id: '2', url: 'https://x.com/q/status/2', createdAt: '2024-02-20T23:30:00.000Z' });
const parent = sampleTweet({ id: '3', url: 'https://x.com/p/status/3', createdAt: '2024-02-20T23:30:00.000Z' });
const tweet = sampleTweet({ createdAt: '2024-02-20T23:30:00.000Z', quoted, parent });
const blocks: Block[] = [
  {
    type: 'paragraph',
    children: [{ type: 'link', href: 'https://example.com/', children: [{ type: 'text', text: 'a' }] }],
  },
  { type: 'tweet', tweet },
];

function MyLink(props: LinkProps) {
  return <a {...props} data-mine="" />;
}

const loader = (src: string, { width }: { width: number }) =>
  `https://img.example/${width}?u=${encodeURIComponent(src)}`;

function renderArticle(options: Partial<Parameters<typeof Article>[0]>) {
  return render(<Article article={{ blocks }} {...options} />);
}

describe('render options from article to tweet', () => {
  it('dates every tweet, quoted and parent included, in the article’s time zone', () => {
    renderArticle({ timeZone: 'Asia/Tehran' });
    const times = [...document.querySelectorAll('.bs-tweet time')].map((t) => t.textContent);
    // 23:30 UTC is 03:00 the next day in Tehran (UTC+3:30).
    expect(times.length).toBe(3);
    for (const text of times) expect(text).toMatch(/Feb 21, 2024, 3:00\s?AM/);
  });

  it('gives every tweet the article’s labels', () => {
    renderArticle({ labels: { ...fa, quotedPost: 'Cited' } });
    expect(screen.getByRole('blockquote', { name: 'Cited' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: fa.parentPost })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fa.skipPost.replace('{handle}', '@harbourwx') })).toBeInTheDocument();
  });

  it('routes every tweet image through the article’s image loader', () => {
    renderArticle({ imageLoader: loader });
    const images = [...document.querySelectorAll('.bs-tweet img')];
    // Avatars of the tweet, the quote and the parent, and the photos of the tweet and the quote.
    expect(images.length).toBe(5);
    for (const img of images) expect(img.getAttribute('src')).toMatch(/^https:\/\/img\.example\//);
  });

  it('loads nothing in any tweet with media="none"', () => {
    renderArticle({ media: 'none' });
    expect(document.querySelectorAll('img, video')).toHaveLength(0);
    expect(document.querySelectorAll('.bs-tweet-alts li').length).toBeGreaterThan(0);
  });

  it('renders every link, article text and all tweet parts, with the Link override', () => {
    renderArticle({ Link: MyLink });
    const links = [...document.querySelectorAll('a')].filter((a) => !a.classList.contains('bs-skip'));
    const tweetLinks = links.filter((a) => a.closest('.bs-tweet'));
    expect(tweetLinks.length).toBeGreaterThan(10);
    for (const a of links) expect(a, a.outerHTML).toHaveAttribute('data-mine');
    const quotedCard = document.querySelector('.bs-tweet-quoted') as HTMLElement;
    expect(
      within(quotedCard)
        .getAllByRole('link')
        .every((a) => a.hasAttribute('data-mine')),
    ).toBe(true);
  });

  it('lets the body’s `tweet` escape hatch reach tweets, and the body override the article', () => {
    render(
      <Article article={{ blocks }} timeZone="Asia/Tehran" body={{ timeZone: 'UTC', tweet: { theme: 'dark' } }} />,
    );
    expect(document.querySelector('.bs-tweet')).toHaveAttribute('data-theme', 'dark');
    expect(document.querySelector('.bs-tweet time')?.textContent).toMatch(/11:30\s?PM/);
  });

  it('has one privacy default: an embed card alone and in a body both show the YouTube still', () => {
    const embed = { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } as const;
    const alone = render(<EmbedLink block={embed} />);
    expect(alone.container.querySelector('img')).not.toBeNull();
    alone.unmount();
    render(<ArticleBody blocks={[embed]} />);
    expect(document.querySelector('img')).not.toBeNull();
    const none = render(<ArticleBody blocks={[embed]} media="none" />);
    expect(none.container.querySelector('img')).toBeNull();
  });

  it('exports the default block map, so an override can delegate to the default', () => {
    const Figure = defaultBlocks.figure;
    render(
      <ArticleBody
        blocks={[{ type: 'figure', src: 'https://example.com/a.jpg', alt: 'A', width: 4, height: 3 }]}
        components={{ figure: (props) => <Figure {...props} className="mine" /> }}
      />,
    );
    expect(document.querySelector('figure.bs-figure.mine img')).toHaveAttribute('alt', 'A');
  });

  it('a standalone <Tweet> takes the same options', () => {
    render(<Tweet tweet={tweet} timeZone="Asia/Tehran" Link={MyLink} imageLoader={loader} />);
    expect(document.querySelector('.bs-tweet-footer time')?.textContent).toMatch(/3:00\s?AM/);
    expect([...document.querySelectorAll('a')].every((a) => a.hasAttribute('data-mine'))).toBe(true);
  });
});

describe('ListenToStory ref', () => {
  it('reaches the root element, as the contract says', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ListenToStory ref={ref} src="https://example.com/a.mp3" className="mine" />);
    expect(ref.current).toHaveClass('bs-listen', 'mine');
  });
});

import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en/index.js';
import * as packs from '../../../src/i18n/locales/index.js';
import { readTweetEmbed, Tweet, type Tweet as TweetData, TweetEmbed } from '../../../src/index.js';
import { sampleTweet } from './sample.js';

const photo = (n: number, alt?: string) => ({
  type: 'photo' as const,
  url: `https://pbs.twimg.com/media/${n}.jpg`,
  width: 1200,
  height: 675,
  ...(alt ? { alt } : {}),
});

/** Four photos, only the third with alt text from X. */
const grid = (): TweetData => sampleTweet({ media: [photo(1), photo(2), photo(3, 'Flooded pier'), photo(4)] });

const photoNames = () => [...document.querySelectorAll('.bs-tweet-media img')].map((img) => img.getAttribute('alt'));

describe('photos without alt text', () => {
  it('are numbered in a grid, so a listener can tell them apart and knows how many there are', () => {
    render(<Tweet tweet={grid()} />);
    expect(photoNames()).toEqual(['Image 1 of 4', 'Image 2 of 4', 'Flooded pier', 'Image 4 of 4']);
  });

  it('stay plain "Image" when there is only one', () => {
    render(<Tweet tweet={sampleTweet({ media: [photo(1)] })} />);
    expect(screen.getByRole('img', { name: 'Image' })).toBeInTheDocument();
  });

  it.each(Object.entries({ ...packs, en }))('are numbered in %s, in its own digits', (locale, labels) => {
    render(<Tweet tweet={grid()} locale={locale} labels={labels} />);
    const first = document.querySelector('.bs-tweet-media img')?.getAttribute('alt') ?? '';
    const digits = (n: number) => new Intl.NumberFormat(locale).format(n);
    expect(first).not.toContain('{');
    expect(first).toContain(digits(1));
    expect(first).toContain(digits(4));
    if (locale !== 'en') expect(first).not.toBe('Image 1 of 4');
  });
});

describe('mediaAlt', () => {
  it('gives alt text by position or by URL, and wins over X’s own', () => {
    render(
      <Tweet
        tweet={grid()}
        mediaAlt={{ '0': 'Waves over the wall', 'https://pbs.twimg.com/media/3.jpg': 'The pier under water' }}
      />,
    );
    expect(photoNames()).toEqual(['Waves over the wall', 'Image 2 of 4', 'The pier under water', 'Image 4 of 4']);
  });

  it('reaches a quoted tweet’s media by URL only: positions name the tweet’s own', () => {
    const quoted = sampleTweet({ id: '2', media: [photo(9)] });
    render(
      <Tweet
        tweet={sampleTweet({ media: [], quoted })}
        mediaAlt={{ '0': 'Not this one', 'https://pbs.twimg.com/media/9.jpg': 'Quoted radar' }}
      />,
    );
    expect(screen.getByRole('img', { name: 'Quoted radar' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Not this one' })).toBeNull();
  });

  it('names a video by its poster and lists supplied text in privacy mode', () => {
    const video = {
      type: 'video' as const,
      poster: 'https://pbs.twimg.com/poster.jpg',
      width: 1280,
      height: 720,
      sources: [{ url: 'https://video.twimg.com/v.mp4', type: 'video/mp4' }],
    };
    const tweet = sampleTweet({ media: [video, photo(2)] });
    const { container, unmount } = render(
      <Tweet tweet={tweet} mediaAlt={{ 'https://pbs.twimg.com/poster.jpg': 'Storm surge at dusk', '1': 'Radar' }} />,
    );
    expect(container.querySelector('video')).toHaveAttribute('aria-label', 'Storm surge at dusk');
    unmount();
    render(<Tweet tweet={tweet} media="none" mediaAlt={{ '1': 'Radar' }} />);
    expect(document.querySelector('.bs-tweet-alts')).toHaveTextContent('Video' + 'Image: Radar');
  });

  it('passes through a stored embed, whose photos never carry alt text', () => {
    const html =
      '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Surge <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Harbour (@harbourwx) <a href="https://twitter.com/harbourwx/status/1760026533688246305">February 20, 2024</a></blockquote>';
    const { container } = render(<TweetEmbed embed={readTweetEmbed(html)} mediaAlt={{ '0': 'unused' }} />);
    // The embed has no media of its own to name, and the prop never reaches the DOM as an attribute.
    expect(container.querySelector('[mediaalt]')).toBeNull();
    expect(container.querySelector('.bs-tweet')).not.toBeNull();
  });
});

import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_NODES } from '../../../src/components/tweet/TweetSegments.js';
import { de, fa, ja } from '../../../src/i18n/locales/index.js';
import { Tweet, type Tweet as TweetData } from '../../../src/index.js';
import { ownPayloads, parsed } from './fixtures.js';
import { sampleTweet } from './sample.js';

/** One of the project's payloads, by its file name in tests/fixtures/syndication. */
function byId(key: string): TweetData {
  const payload = ownPayloads.find((p) => p.id === key);
  if (!payload) throw new Error(`no fixture ${key}`);
  return parsed(payload.raw);
}

describe('<Tweet> header', () => {
  it('links avatar, name, badge and handle to the profile as one link named by them', () => {
    render(<Tweet tweet={sampleTweet()} />);
    const author = screen.getByRole('link', { name: 'Harbour Weather Verified account @harbourwx' });
    expect(author).toHaveAttribute('href', 'https://x.com/harbourwx');
    const avatar = author.querySelector('img');
    expect(avatar).toHaveAttribute('width', '48');
    expect(avatar).toHaveAttribute('height', '48');
    expect(avatar).toHaveAttribute('alt', '');
    expect(avatar).not.toHaveAttribute('data-square');
  });

  it.each([
    ['blue', 'Verified account'],
    ['business', 'Verified organization'],
    ['government', 'Verified government account'],
  ] as const)('names the %s badge "%s"', (verified, name) => {
    const tweet = sampleTweet();
    render(<Tweet tweet={{ ...tweet, author: { ...tweet.author, verified, avatarShape: 'square' } }} />);
    expect(screen.getByRole('img', { name })).toHaveAttribute('data-kind', verified);
    expect(document.querySelector('.bs-tweet-avatar')).toHaveAttribute('data-square', '');
  });

  it('shows no badge for an unverified author', () => {
    const tweet = sampleTweet();
    render(<Tweet tweet={{ ...tweet, author: { ...tweet.author, verified: undefined } }} />);
    expect(document.querySelector('.bs-tweet-badge')).toBeNull();
  });

  it('shows the affiliate label as a link with its badge', () => {
    render(<Tweet tweet={byId('affiliate')} />);
    const label = screen.getByRole('link', { name: 'The Estuary Post' });
    expect(label).toHaveClass('bs-tweet-affiliate');
    expect(label.querySelector('img')).toHaveAttribute('width', '16');
  });

  it('links the X logo to the post with an accessible name', () => {
    render(<Tweet tweet={sampleTweet()} />);
    expect(screen.getByRole('link', { name: 'View on X' })).toHaveAttribute(
      'href',
      'https://x.com/harbourwx/status/1760026533688246305',
    );
  });
});

describe('<Tweet> body', () => {
  it('renders segments as text and links with rel, keeping line breaks as <br>', () => {
    const { container } = render(<Tweet tweet={sampleTweet()} />);
    const body = container.querySelector('.bs-tweet-body') as HTMLElement;
    expect(body.querySelectorAll('br')).toHaveLength(1);
    const links = within(body).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
      ['#StormWatch', 'https://x.com/hashtag/StormWatch', 'noopener noreferrer nofollow'],
      ['@CityRiverOps', 'https://x.com/CityRiverOps', 'noopener noreferrer nofollow'],
    ]);
  });

  it('keeps at most one blank line in a run of line breaks, in text and between segments', () => {
    const body = (tweet: ReturnType<typeof sampleTweet>) =>
      renderToString(<Tweet tweet={tweet} />).match(/<p class="bs-tweet-body"[^>]*>(.*?)<\/p>/)?.[1];
    expect(body(sampleTweet({ body: [{ type: 'text', text: 'a\nb\n\nc\n\n\n\n\r\n\rd' }] }))).toBe(
      'a<br/>b<br/><br/>c<br/><br/>d',
    );
    // \r\n is one break, a bare \r one too (old tweets).
    expect(body(sampleTweet({ body: [{ type: 'text', text: 'a\r\nb\r\n\r\nc\r\r\r\r\nd' }] }))).toBe(
      'a<br/>b<br/><br/>c<br/><br/>d',
    );
    // A hostile stored post: a million breaks are two elements, not a million.
    expect(body(sampleTweet({ body: [{ type: 'text', text: `x${'\n'.repeat(1_000_000)}y` }] }))).toBe('x<br/><br/>y');
  });

  it(`draws breaks as <br> up to ${MAX_LINE_NODES} children of a text, and as spaces after, keeping every line`, () => {
    const body = (text: string) =>
      renderToString(<Tweet tweet={sampleTweet({ body: [{ type: 'text', text }] })} />).match(
        /<p class="bs-tweet-body"[^>]*>(.*?)<\/p>/,
      )?.[1] ?? '';
    const count = (html: string) => html.split('<br/>').length - 1;
    const many = Array.from({ length: 5000 }, (_, n) => `L${n}`).join('\n');
    const html = body(many);
    // Each break before the cap is a child and so is each line's text.
    expect(count(html)).toBe(MAX_LINE_NODES / 2);
    expect(html).toContain(`L${MAX_LINE_NODES / 2 - 1}<br/>L${MAX_LINE_NODES / 2}`);
    expect(html).toContain('L3000 L3001');
    expect(html.endsWith('L4999')).toBe(true);
    expect(count(body(Array.from({ length: 900 }, () => 'a').join('\n')))).toBe(899);
  });

  it('draws only its own icon paths, whatever network a stored post names', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.pwn = '"/><img src=x onerror=alert(1)>';
    try {
      for (const network of ['pwn', '__proto__', 'constructor']) {
        const html = renderToString(<Tweet tweet={sampleTweet({ network: network as 'x' })} />);
        expect(html).not.toContain('<img src=x');
        expect(html).not.toContain('[object');
        expect(html).not.toContain('native code');
      }
    } finally {
      delete proto.pwn;
    }
  });

  it('keeps entities decoded as text, never as markup', () => {
    const tweet = sampleTweet({ body: [{ type: 'text', text: '<img src=x onerror=alert(1)> & &gt;' }] });
    const html = renderToString(<Tweet tweet={tweet} />);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &amp;gt;');
    expect(html).not.toContain('<img src=x');
  });

  it('takes lang and dir from the tweet, dir="auto" when unknown, and drops X’s non-language codes', () => {
    const { container, rerender } = render(<Tweet tweet={sampleTweet({ lang: 'fa', dir: 'rtl' })} />);
    const body = () => container.querySelector('.bs-tweet-body');
    expect(body()).toHaveAttribute('lang', 'fa');
    expect(body()).toHaveAttribute('dir', 'rtl');
    for (const lang of ['qme', 'und', 'zxx', 'qht']) {
      rerender(<Tweet tweet={sampleTweet({ lang, dir: undefined })} />);
      expect(body()).not.toHaveAttribute('lang');
      expect(body()).toHaveAttribute('dir', 'auto');
    }
  });

  it('isolates each entity’s direction so "@handle" reads left to right inside Persian', () => {
    const { container } = render(
      <Tweet
        tweet={sampleTweet({
          lang: 'fa',
          dir: 'rtl',
          body: [
            { type: 'hashtag', text: '#بندر', href: 'https://x.com/hashtag/بندر' },
            { type: 'text', text: ' ' },
            { type: 'mention', text: '@harbourwx', href: 'https://x.com/harbourwx' },
            { type: 'text', text: ' ' },
            { type: 'url', text: 'example.com/a', href: 'https://example.com/a' },
          ],
        })}
      />,
    );
    const links = [...container.querySelectorAll('.bs-tweet-body a')].map((a) => [
      a.textContent,
      a.getAttribute('dir'),
    ]);
    expect(links).toEqual([
      ['#بندر', 'auto'],
      ['@harbourwx', 'ltr'],
      ['example.com/a', 'ltr'],
    ]);
  });

  it('ends a truncated tweet with "Show more" pointing at the tweet, in the UI language', () => {
    render(<Tweet tweet={sampleTweet({ truncated: true, lang: 'ja' })} />);
    const more = screen.getByRole('link', { name: 'Show more' });
    expect(more).toHaveAttribute('href', 'https://x.com/harbourwx/status/1760026533688246305');
    expect(more).toHaveAttribute('lang', 'en');
    expect(more.closest('.bs-tweet-body')).not.toBeNull();
  });

  it('says who a reply answers, with the handle as a link', () => {
    render(<Tweet tweet={byId('reply')} />);
    const replying = document.querySelector('.bs-tweet-replying') as HTMLElement;
    expect(replying).toHaveTextContent('Replying to @rowanpike');
    expect(within(replying).getByRole('link').getAttribute('href')).toMatch(/^https:\/\/x\.com\/rowanpike/);
  });

  it('shows the parent of a reply compactly above it, and a quoted tweet as a card after the body', () => {
    render(<Tweet tweet={byId('reply')} />);
    const parent = screen.getByRole('group', { name: 'Post being replied to' });
    const header = document.querySelector('.bs-tweet > .bs-tweet-header') as HTMLElement;
    expect(parent.compareDocumentPosition(header) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(parent.querySelector('.bs-tweet-media')).toBeNull();
    expect(within(parent).getAllByRole('link').at(-1)?.getAttribute('href')).toMatch(/\/status\/\d+$/);
  });
});

describe('<Tweet> media', () => {
  it.each([
    ['photo-1', 1],
    ['photos-2', 2],
    ['photos-3', 3],
    ['photos-4', 4],
  ])('lays out %s as a grid of %i with sizes and alt text', (id, count) => {
    const { container } = render(<Tweet tweet={byId(id)} />);
    const grid = container.querySelector('.bs-tweet > .bs-tweet-media') as HTMLElement;
    expect(grid).toHaveAttribute('data-count', String(count));
    const images = grid.querySelectorAll('img');
    expect(images).toHaveLength(count);
    for (const img of images) {
      expect(img.getAttribute('alt')).not.toBe('');
      expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
      expect(img).toHaveAttribute('loading', 'lazy');
    }
  });

  it('uses the photo’s own alt text when it has one', () => {
    render(<Tweet tweet={sampleTweet()} />);
    expect(screen.getByRole('img', { name: 'Radar map' })).toBeInTheDocument();
  });

  it('plays video with native controls, no preload and no autoplay', () => {
    const html = renderToString(<Tweet tweet={byId('video')} />);
    const video = html.match(/<video[^>]*>/)?.[0] ?? '';
    expect(video).toMatch(/ controls=""/);
    expect(video).toMatch(/ preload="none"/);
    expect(video).toMatch(/ poster="https:/);
    expect(video).not.toMatch(/autoplay|loop|muted/i);
    expect(html).toMatch(/<source src="https:[^"]+" type="video\/mp4"\/>/);
  });

  it('loops GIFs muted, and never autoplays them', () => {
    const html = renderToString(<Tweet tweet={byId('gif')} />);
    const video = html.match(/<video[^>]*>/)?.[0] ?? '';
    expect(video).toMatch(/ loop=""/);
    expect(video).toMatch(/ muted=""/);
    expect(video).toMatch(/ controls=""/);
    expect(video).not.toMatch(/autoplay/i);
  });

  it('routes every image and poster through imageLoader', () => {
    const load = (src: string, { width }: { width: number }) =>
      `https://img.example/${width}/${encodeURIComponent(src)}`;
    for (const id of ['quote', 'video', 'card', 'affiliate']) {
      const html = renderToString(<Tweet tweet={byId(id)} imageLoader={load} />);
      const urls = [...html.matchAll(/ (?:src|poster)="([^"]+)"/g)].map((m) => m[1]);
      const images = urls.filter((u) => !u?.includes('.mp4'));
      expect(images.length).toBeGreaterThan(0);
      for (const url of images) expect(url).toMatch(/^https:\/\/img\.example\/\d+\//);
    }
  });

  it('in privacy mode lists media by kind and alt text, and requests no avatar, badge or card image', () => {
    const { container } = render(<Tweet tweet={sampleTweet()} media="none" />);
    expect(container.querySelectorAll('img, video')).toHaveLength(0);
    expect(container.querySelector('.bs-tweet-alts')).toHaveTextContent('Image: Radar map');
    const card = render(<Tweet tweet={byId('card')} media="none" />).container;
    expect(card.querySelector('.bs-tweet-card')).not.toBeNull();
    expect(card.querySelectorAll('img')).toHaveLength(0);
  });
});

describe('<Tweet> card and poll', () => {
  it('renders the link card as one link with domain, title and a decorative image', () => {
    render(<Tweet tweet={byId('card')} />);
    const card = document.querySelector('a.bs-tweet-card') as HTMLAnchorElement;
    expect(card).toHaveAttribute('data-large', '');
    expect(card.querySelector('.bs-tweet-card-title')?.textContent).toBeTruthy();
    expect(card.querySelector('img')).toHaveAttribute('alt', '');
    expect(card.href).toMatch(/^https?:/);
  });

  it('renders a summary card without data-large', () => {
    const tweet = byId('card');
    if (!tweet.card) throw new Error('fixture has no card');
    render(<Tweet tweet={{ ...tweet, card: { ...tweet.card, layout: 'summary' } }} />);
    expect(document.querySelector('a.bs-tweet-card')).not.toHaveAttribute('data-large');
  });

  it('shows each poll choice with its share, the total and "Final results"', () => {
    const tweet = byId('poll');
    const poll = tweet.poll;
    if (!poll) throw new Error('fixture has no poll');
    const { container } = render(<Tweet tweet={tweet} />);
    const items = [...container.querySelectorAll<HTMLElement>('.bs-tweet-poll > li')];
    expect(items).toHaveLength(poll.choices.length);
    poll.choices.forEach((choice, i) => {
      const share = Math.round((choice.count / poll.total) * 100);
      expect(items[i]).toHaveTextContent(`${choice.label} ${share}%`);
      expect(items[i]?.style.getPropertyValue('--bs-share')).toBe(`${((choice.count / poll.total) * 100).toFixed(1)}%`);
    });
    expect(container.querySelectorAll('li[data-leading]')).toHaveLength(1);
    expect(container.querySelector('.bs-tweet-poll-meta')).toHaveTextContent(
      `${poll.total.toLocaleString('en')} votes · Final results`,
    );
  });

  it('says when an open poll ends, as a date', () => {
    const tweet = byId('poll');
    if (!tweet.poll) throw new Error('fixture has no poll');
    const open = { ...tweet, poll: { ...tweet.poll, ended: false, endsAt: '2031-01-07T18:00:00.000Z' } };
    render(<Tweet tweet={open} locale="de" labels={de} />);
    const meta = document.querySelector('.bs-tweet-poll-meta') as HTMLElement;
    expect(meta).toHaveTextContent('Endet am 7. Jan. 2031, 18:00 UTC');
    expect(meta.querySelector('time')).toHaveAttribute('datetime', '2031-01-07T18:00:00.000Z');
  });
});

describe('<Tweet> footer', () => {
  it('prints the date in the given zone and locale inside <time dateTime>', () => {
    const { rerender } = render(<Tweet tweet={sampleTweet()} />);
    const time = () => document.querySelector('.bs-tweet-footer > time');
    expect(time()).toHaveAttribute('datetime', '2024-02-20T18:04:05.000Z');
    expect(time()).toHaveTextContent('Feb 20, 2024, 6:04 PM UTC');
    rerender(<Tweet tweet={sampleTweet()} timeZone="Asia/Tehran" locale="fa" />);
    expect(time()?.textContent).toMatch(/^[^0-9]*$/);
    expect(time()?.textContent).toContain('۱۴۰۲');
    expect(time()?.textContent).toContain('۲۱:۳۴');
  });

  it('links reply, repost and like intents with accessible names and compact counts, then "Read on X"', () => {
    render(<Tweet tweet={sampleTweet({ counts: { replies: 4, reposts: 999_999, likes: 12_345 } })} />);
    const footer = within(document.querySelector('.bs-tweet-footer') as HTMLElement);
    const id = '1760026533688246305';
    expect(footer.getByRole('link', { name: 'Reply 4' })).toHaveAttribute(
      'href',
      `https://x.com/intent/post?in_reply_to=${id}`,
    );
    expect(footer.getByRole('link', { name: 'Repost 1M' })).toHaveAttribute(
      'href',
      `https://x.com/intent/retweet?tweet_id=${id}`,
    );
    expect(footer.getByRole('link', { name: 'Like 12.3K' })).toHaveAttribute(
      'href',
      `https://x.com/intent/like?tweet_id=${id}`,
    );
    expect(footer.getByRole('link', { name: 'Read on X' })).toHaveAttribute(
      'href',
      `https://x.com/harbourwx/status/${id}`,
    );
  });

  it('offers no intents for a tweet without an id', () => {
    render(<Tweet tweet={sampleTweet({ id: undefined, url: undefined })} />);
    expect(document.querySelectorAll('.bs-tweet-action')).toHaveLength(0);
  });
});

describe('<Tweet> languages', () => {
  it('switches every UI string with a language pack and lets `labels` override any of them', () => {
    render(
      <Tweet
        tweet={sampleTweet({ truncated: true, inReplyTo: { handle: 'a', url: 'https://x.com/a' } })}
        locale="fa-IR"
        labels={{ ...fa, readOnX: 'در ایکس بخوانید' }}
      />,
    );
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'fa-IR');
    // The UI mirrors with its language, even on a left-to-right page.
    expect(screen.getByRole('article')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('link', { name: 'نمایش بیشتر' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'در ایکس بخوانید' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'حساب تأییدشده' })).toBeInTheDocument();
    expect(document.querySelector('.bs-tweet-replying')).toHaveTextContent('در پاسخ به @a');
  });

  it('puts the handle where the language wants it ("… さんへの返信")', () => {
    render(
      <Tweet tweet={sampleTweet({ inReplyTo: { handle: 'a', url: 'https://x.com/a' } })} locale="ja" labels={ja} />,
    );
    expect(document.querySelector('.bs-tweet-replying')).toHaveTextContent('@a さんへの返信');
    expect(screen.getByRole('article')).toHaveAttribute('dir', 'ltr');
  });

  it('formats for the locale but keeps English strings when no pack is passed', () => {
    render(<Tweet tweet={sampleTweet({ truncated: true })} locale="fa" />);
    expect(screen.getByRole('link', { name: 'Show more' })).toBeInTheDocument();
    expect(document.querySelector('time')?.textContent).toMatch(/[۰-۹]/);
  });
});

describe('<Tweet> from copied text', () => {
  const copied = sampleTweet({
    id: undefined,
    url: undefined,
    source: 'text',
    createdAt: '2025-02-07T00:00:00.000Z',
    truncated: true,
    body: [
      { type: 'text', text: 'past… ' },
      { type: 'media', text: 'pic.twitter.com/7NDbgdyU1u', href: 'https://pic.twitter.com/7NDbgdyU1u' },
    ],
  });

  it('shows only the day it knows, not an invented midnight', () => {
    render(<Tweet tweet={copied} timeZone="America/Los_Angeles" />);
    expect(document.querySelector('.bs-tweet-footer > time')).toHaveTextContent(/^Feb 7, 2025$/);
  });

  it('links "Show more" to the pic.twitter.com link, which X redirects to the post', () => {
    render(<Tweet tweet={copied} />);
    expect(screen.getByRole('link', { name: 'Show more' })).toHaveAttribute(
      'href',
      'https://pic.twitter.com/7NDbgdyU1u',
    );
  });
});

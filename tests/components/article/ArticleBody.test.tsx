import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  everyBlock,
  figure,
  heading,
  list,
  paragraph,
  pullquote,
  quote,
  tweet,
} from '../../../src/components/article/fixtures/sample.js';
import { fa } from '../../../src/i18n/locales/fa.js';
import type {
  ArticleComponents,
  Block,
  BlockProps,
  FigureBlock,
  Inline,
  LinkProps,
  MarkProps,
  UnknownBlock,
} from '../../../src/index.js';
import { ArticleBody, Paragraph } from '../../../src/index.js';

const text = (t: string, marks?: Inline & { type: 'text' } extends { marks?: infer M } ? M : never): Inline =>
  marks ? { type: 'text', text: t, marks } : { type: 'text', text: t };

describe('ArticleBody: one semantic element per block', () => {
  it('renders every block type with its element, in order', () => {
    // The audio block has no src and jsdom cannot speak, so its player hides itself after mounting.
    const { container } = render(<ArticleBody article={everyBlock} />);
    const body = container.firstElementChild as HTMLElement;
    expect(body).toHaveClass('bs-article-body', 'bs-container');
    expect(body).toHaveAttribute('lang', 'en');
    const kinds = [...body.children].map((el) => `${el.tagName.toLowerCase()}.${el.className.split(' ')[0]}`);
    expect(kinds).toEqual([
      'h2.bs-heading',
      'p.bs-paragraph',
      'aside.bs-pullquote',
      'ul.bs-list',
      'div.bs-embed',
      'figure.bs-quote',
      'figure.bs-figure',
      'hr.bs-divider',
      'div.bs-embed',
    ]);
  });

  it('server-renders the audio block as the listen button', () => {
    const html = renderToString(<ArticleBody article={everyBlock} />);
    expect(html).toMatch(
      /^<div[^>]*class="bs-article-body bs-container"[^>]*><div class="bs-listen" data-mode="idle"><button type="button" class="bs-listen-start">/,
    );
    expect(html).toContain('Listen to this story');
  });

  it('renders marks and links inside a paragraph as text nodes and elements', () => {
    render(<ArticleBody blocks={[paragraph]} />);
    const p = document.querySelector('p.bs-paragraph') as HTMLElement;
    expect(within(p).getByText('Ayatollah Ali Khamenei').tagName).toBe('STRONG');
    expect(within(p).getByRole('link', { name: 'negotiations' })).toHaveAttribute(
      'href',
      'https://www.example.com/iran-talks',
    );
    expect(p.querySelector('em')).toHaveTextContent('“not intelligent, wise or honorable”');
  });

  it('nests several marks, first mark outermost', () => {
    render(<ArticleBody blocks={[{ type: 'paragraph', children: [text('x', ['strong', 'em', 'strike'])] }]} />);
    const strong = document.querySelector('p > strong');
    expect(strong?.querySelector(':scope > em > s')).toHaveTextContent('x');
  });

  it('renders a link whose href is not http(s)/mailto as plain text, even in a hand-built model', () => {
    const blocks: Block[] = [
      {
        type: 'paragraph',
        children: [
          { type: 'link', href: 'javascript:alert(1)', children: [text('bad')] },
          { type: 'link', href: 'mailto:desk@example.com', children: [text('mail')] },
        ],
      },
    ];
    render(<ArticleBody blocks={blocks} />);
    expect(screen.queryByRole('link', { name: 'bad' })).toBeNull();
    expect(screen.getByText('bad').tagName).toBe('P');
    expect(screen.getByRole('link', { name: 'mail' })).toHaveAttribute('href', 'mailto:desk@example.com');
  });

  it('gives headings their level and lists their kind', () => {
    render(
      <ArticleBody
        blocks={[heading, { ...heading, level: 3 }, { ...heading, level: 4 }, list, { ...list, ordered: true }]}
      />,
    );
    expect(screen.getAllByRole('heading').map((h) => h.tagName)).toEqual(['H2', 'H3', 'H4']);
    expect(document.querySelector('ul.bs-list')?.children).toHaveLength(3);
    expect(document.querySelector('ol.bs-list > li')).toHaveTextContent('Restrict');
  });

  it('puts a quote’s attribution outside the blockquote, and its source in cite', () => {
    render(<ArticleBody blocks={[quote]} />);
    const blockquote = document.querySelector('blockquote') as HTMLElement;
    expect(blockquote).toHaveAttribute('cite', 'https://www.example.com/speech');
    expect(blockquote).not.toHaveTextContent('Ayatollah Ali Khamenei, 7 February');
    expect(document.querySelector('figure.bs-quote > figcaption')).toHaveTextContent('Ayatollah Ali Khamenei');
  });

  it('renders a pull quote as the house PullQuote landmark, translated', () => {
    render(<ArticleBody blocks={[pullquote]} locale="fa" labels={fa} />);
    const aside = screen.getByRole('complementary', { name: 'نقل‌قول برجسته' });
    expect(aside).toHaveAttribute('data-align', 'end');
    expect(
      within(aside)
        .getByText(/threaten them/)
        .closest('blockquote'),
    ).not.toBeNull();
  });

  it('renders a figure with a lazy image of known size, caption and credit', () => {
    render(<ArticleBody blocks={[figure]} />);
    const img = screen.getByRole('img', { name: figure.alt });
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).toHaveAttribute('width', '640');
    expect(img).toHaveAttribute('height', '360');
    const caption = document.querySelector('figcaption') as HTMLElement;
    expect(caption).toHaveTextContent('The supreme leader speaking');
    expect(caption.querySelector('.bs-figure-credit')).toHaveTextContent('Office of the Supreme Leader');
  });

  it('lays a figure out at the size its block asks for', () => {
    const { container } = render(
      <ArticleBody blocks={[figure, { ...figure, size: 'wide' }, { ...figure, size: 'full' }]} />,
    );
    const sizes = [...container.querySelectorAll('figure.bs-figure')].map((f) => f.getAttribute('data-size'));
    expect(sizes).toEqual(['normal', 'wide', 'full']);
  });

  it('drops an image whose src is not http(s) but keeps the caption', () => {
    const bad: FigureBlock = { ...figure, src: 'data:image/png;base64,AAAA' };
    const { container } = render(<ArticleBody blocks={[bad]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('figcaption')).toHaveTextContent('The supreme leader');
  });

  it('keeps a block’s own lang and dir', () => {
    render(<ArticleBody blocks={[{ ...paragraph, lang: 'fa', dir: 'rtl' }]} />);
    const p = document.querySelector('p.bs-paragraph');
    expect(p).toHaveAttribute('lang', 'fa');
    expect(p).toHaveAttribute('dir', 'rtl');
  });

  it('passes className, style, ref and data-* to the root', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ArticleBody ref={ref} blocks={[paragraph]} className="mine" style={{ color: 'red' }} data-x="1" />);
    expect(ref.current).toHaveClass('bs-article-body', 'mine');
    expect(ref.current).toHaveAttribute('data-x', '1');
    expect(ref.current).toHaveStyle({ color: 'rgb(255, 0, 0)' });
  });
});

const seen: Block[] = [];
function MyFigure({ block }: BlockProps<FigureBlock>) {
  seen.push(block);
  return <div data-testid="my-figure">{block.alt}</div>;
}
const Em = ({ children }: MarkProps) => <i className="my-em">{children}</i>;
const MarkedStrong = ({ children, mark }: MarkProps) => <b data-mark={mark}>{children}</b>;
const MineStrong = ({ children }: MarkProps) => <b className="mine">{children}</b>;
const MyLink = ({ href, children }: LinkProps) => (
  <a className="my-link" href={href}>
    {children}
  </a>
);

describe('ArticleBody: overrides', () => {
  it('gives a block override exactly its block, and only for its type', () => {
    seen.length = 0;
    render(<ArticleBody blocks={[paragraph, figure]} components={{ figure: MyFigure }} />);
    expect(seen).toEqual([figure]);
    expect(screen.getByTestId('my-figure')).toHaveTextContent(figure.alt);
    expect(document.querySelector('p.bs-paragraph')).not.toBeNull();
  });

  it('reaches marks and links nested in lists, quotes, pull quotes, headings and captions', () => {
    const link = (label: string): Inline => ({
      type: 'link',
      href: 'https://example.com/',
      children: [text(label, ['em'])],
    });
    const blocks: Block[] = [
      list,
      { type: 'heading', level: 2, children: [link('in heading')] },
      { type: 'quote', children: [[link('in quote')]] },
      { type: 'pullquote', children: [[link('in pull quote')]] },
      { ...figure, caption: [link('in caption')] },
      { type: 'list', ordered: true, items: [[text('deep', ['strong'])]] },
    ];
    const components: ArticleComponents = { marks: { em: Em, strong: MarkedStrong } };
    render(<ArticleBody blocks={blocks} components={components} Link={MyLink} />);
    // The list's own <em> ("regional") uses the override.
    expect(screen.getByText('regional')).toHaveClass('my-em');
    for (const label of ['in heading', 'in quote', 'in pull quote', 'in caption']) {
      const node = screen.getByText(label);
      expect(node).toHaveClass('my-em');
      expect(node.closest('a')).toHaveClass('my-link');
    }
    expect(screen.getByText('deep')).toHaveAttribute('data-mark', 'strong');
    expect(document.querySelector('em')).toBeNull();
  });

  it('passes the overrides to a block override so nested content can use them', () => {
    const components: ArticleComponents = {
      marks: { strong: MineStrong },
      paragraph: (props) => <Paragraph {...props} className="wrapped" />,
    };
    render(<ArticleBody blocks={[paragraph]} components={components} />);
    expect(document.querySelector('p.bs-paragraph.wrapped b.mine')).toHaveTextContent('Ayatollah Ali Khamenei');
  });

  it('lets a tweet override render the tweet, still between skip link and end marker', () => {
    const components: ArticleComponents = {
      tweet: ({ block }) => <p data-testid="t">{block.tweet.author.handle}</p>,
    };
    render(<ArticleBody blocks={[tweet]} components={components} />);
    const t = screen.getByTestId('t');
    expect(t).toHaveTextContent('tint1281481');
    expect(t.previousElementSibling).toHaveClass('bs-skip');
    expect(t.nextElementSibling).toHaveClass('bs-embed-end');
  });
});

describe('ArticleBody: unknown blocks', () => {
  const unknown: UnknownBlock = { type: 'carousel', slides: 3 };

  it('shows a visible placeholder in development and calls onUnknownBlock', () => {
    const onUnknownBlock = vi.fn();
    render(<ArticleBody blocks={[paragraph, unknown]} onUnknownBlock={onUnknownBlock} development />);
    expect(screen.getByText(/Unknown block type “carousel”/)).toBeVisible();
    expect(onUnknownBlock).toHaveBeenCalledWith(unknown, 1);
  });

  it('renders nothing in production but still calls onUnknownBlock', () => {
    const onUnknownBlock = vi.fn();
    const { container } = render(
      <ArticleBody blocks={[paragraph, unknown]} onUnknownBlock={onUnknownBlock} development={false} />,
    );
    expect(container.firstElementChild?.children).toHaveLength(1);
    expect(onUnknownBlock).toHaveBeenCalledWith(unknown, 1);
  });

  it('follows NODE_ENV when not told', () => {
    const before = process.env.NODE_ENV;
    try {
      process.env.NODE_ENV = 'production';
      expect(renderToString(<ArticleBody blocks={[unknown]} />)).not.toContain('carousel');
      process.env.NODE_ENV = 'development';
      expect(renderToString(<ArticleBody blocks={[unknown]} />)).toContain('carousel');
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  it('uses components.unknown in every build', () => {
    render(
      <ArticleBody
        blocks={[unknown]}
        development={false}
        components={{ unknown: ({ block }) => <p data-testid="u">{String(block.slides)}</p> }}
      />,
    );
    expect(screen.getByTestId('u')).toHaveTextContent('3');
  });

  it('skips entries of stored JSON that are not blocks at all', () => {
    const junk = [null, 42, 'text', { type: 7 }, paragraph] as unknown as Block[];
    const { container } = render(<ArticleBody blocks={junk} development />);
    expect(container.firstElementChild?.children).toHaveLength(1);
  });

  it('does not treat an inherited property name as a block type', () => {
    const onUnknownBlock = vi.fn();
    render(<ArticleBody blocks={[{ type: 'toString' }]} onUnknownBlock={onUnknownBlock} development={false} />);
    expect(onUnknownBlock).toHaveBeenCalledTimes(1);
  });
});

describe('ArticleBody: skip links around embeds', () => {
  it('puts a skip link before each embed that targets a focusable end marker after it', () => {
    render(<ArticleBody blocks={[tweet, paragraph, everyBlock.blocks[9] as Block]} idPrefix="story" />);
    const skips = screen.getAllByRole('link', { name: /^Skip / });
    expect(skips.map((a) => a.textContent)).toEqual([
      'Skip post by @tint1281481',
      'Skip embedded content from YouTube',
    ]);
    for (const skip of skips) {
      const id = skip.getAttribute('href')?.slice(1) ?? '';
      const end = document.getElementById(id);
      expect(end).toHaveAttribute('tabindex', '-1');
      expect(end?.parentElement).toBe(skip.parentElement);
      expect(end?.previousElementSibling).not.toBe(skip);
      expect(end?.nextElementSibling).toBeNull();
    }
    expect(document.getElementById('story-embed-0-end')).toHaveTextContent('End of post by @tint1281481');
  });

  it('translates the skip link and end marker', () => {
    render(<ArticleBody blocks={[tweet]} locale="fa" labels={fa} />);
    expect(screen.getByRole('link', { name: 'رد شدن از پست @tint1281481' })).toBeInTheDocument();
    expect(document.querySelector('.bs-embed-end')).toHaveTextContent('پایان پست @tint1281481');
  });

  it('moves focus past the tweet when the skip link is followed', () => {
    render(<ArticleBody blocks={[tweet, paragraph]} />);
    const skip = screen.getByRole('link', { name: 'Skip post by @tint1281481' });
    const end = document.getElementById((skip.getAttribute('href') ?? '').slice(1)) as HTMLElement;
    skip.focus();
    const notCancelled = fireEvent.click(skip);
    expect(notCancelled).toBe(false);
    expect(end).toHaveFocus();
    expect(end.compareDocumentPosition(document.querySelector('.bs-tweet') as Node)).toBe(
      Node.DOCUMENT_POSITION_PRECEDING,
    );
  });
});

describe('ArticleBody: consent', () => {
  const withPhoto: Block = {
    ...tweet,
    tweet: {
      ...tweet.tweet,
      author: { ...tweet.tweet.author, avatarUrl: 'https://pbs.twimg.com/profile_images/1/a.jpg' },
      media: [{ type: 'photo', url: 'https://pbs.twimg.com/media/x.jpg', alt: 'A crowd', width: 4, height: 3 }],
    },
  };
  const youtube = everyBlock.blocks[9] as Block;

  it('renders text only on the server: no third-party image', () => {
    const html = renderToString(<ArticleBody blocks={[withPhoto, youtube]} requireConsent />);
    expect(html).not.toContain('pbs.twimg.com');
    expect(html).not.toContain('i.ytimg.com');
    expect(html).toContain('Show content from X');
    expect(html).toContain('Show content from YouTube');
  });

  it('loads the media once allowed and remembers the choice per provider', async () => {
    localStorage.clear();
    const { unmount } = render(<ArticleBody blocks={[withPhoto, youtube]} requireConsent />);
    expect(document.querySelector('img[src*="pbs.twimg.com"]')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Show content from X' }));
    });
    expect(document.querySelector('img[src="https://pbs.twimg.com/media/x.jpg"]')).not.toBeNull();
    expect(document.querySelector('.bs-consent')).toHaveFocus();
    // YouTube was not allowed.
    expect(document.querySelector('img[src*="i.ytimg.com"]')).toBeNull();
    expect(localStorage.getItem('broadsheet:consent:x')).toBe('allow');
    unmount();

    render(<ArticleBody blocks={[withPhoto]} requireConsent />);
    await act(async () => {});
    expect(document.querySelector('img[src="https://pbs.twimg.com/media/x.jpg"]')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Show content from X' })).toBeNull();
    localStorage.clear();
  });

  it('opens every gate of the same provider together', async () => {
    localStorage.clear();
    render(<ArticleBody blocks={[withPhoto, paragraph, withPhoto]} requireConsent />);
    const buttons = screen.getAllByRole('button', { name: 'Show content from X' });
    expect(buttons).toHaveLength(2);
    await act(async () => {
      fireEvent.click(buttons[0] as HTMLElement);
    });
    expect(screen.queryAllByRole('button', { name: 'Show content from X' })).toHaveLength(0);
    expect(document.querySelectorAll('img[src="https://pbs.twimg.com/media/x.jpg"]')).toHaveLength(2);
    localStorage.clear();
  });

  it('shows the YouTube still only after YouTube is allowed', async () => {
    localStorage.clear();
    render(<ArticleBody blocks={[youtube]} requireConsent />);
    expect(screen.getByRole('link', { name: /Khamenei’s address/ })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Show content from YouTube' }));
    });
    expect(document.querySelector('img')).toHaveAttribute('src', 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg');
    localStorage.clear();
  });
});

// One contract for every exported component: className, style, ref, data-* and other native props reach the
// root element, and the server's markup is what the client renders. A component that can't honour a part of it
// says so here, with the reason, rather than being left out.
import { render } from '@testing-library/react';
import { createRef, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import * as sample from '../../src/components/article/fixtures/sample.js';
import * as api from '../../src/index.js';
import { hydrateServerHtml } from '../hydrate.js';
import { sampleTweet } from './tweet/sample.js';

const EMBED_HTML =
  '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Hello</p>&mdash; A (@a) ' +
  '<a href="https://twitter.com/a/status/20">March 21, 2006</a></blockquote>';

// jsdom has no speech synthesis, so the listen player removes itself after mounting there (as in such a browser):
// the markup comparison leaves the audio block out; the hydration check below keeps it.
const withoutAudio = { ...sample.everyBlock, blocks: sample.everyBlock.blocks.filter((b) => b.type !== 'audio') };

type Root = HTMLElement;
interface Case {
  /** The root's tag. */
  tag: string;
  /** The root's own class. */
  base: string;
  make: (props: Record<string, unknown>) => ReactElement;
}

const cases: Record<string, Case> = {
  Tweet: { tag: 'ARTICLE', base: 'bs-tweet', make: (p) => <api.Tweet tweet={sampleTweet()} {...p} /> },
  TweetEmbed: {
    tag: 'ARTICLE',
    base: 'bs-tweet',
    make: (p) => <api.TweetEmbed embed={api.readTweetEmbed(EMBED_HTML)} {...p} />,
  },
  TweetUnavailable: {
    tag: 'ARTICLE',
    base: 'bs-tweet-unavailable',
    make: (p) => <api.TweetUnavailable reason="deleted" {...p} />,
  },
  TweetSkeleton: { tag: 'DIV', base: 'bs-tweet-skeleton', make: (p) => <api.TweetSkeleton {...p} /> },
  Article: { tag: 'ARTICLE', base: 'bs-article', make: (p) => <api.Article article={withoutAudio} {...p} /> },
  ArticleHeader: { tag: 'HEADER', base: 'bs-article-header', make: (p) => <api.ArticleHeader headline="H" {...p} /> },
  ArticleBody: {
    tag: 'DIV',
    base: 'bs-article-body',
    make: (p) => <api.ArticleBody article={withoutAudio} {...p} />,
  },
  Paragraph: { tag: 'P', base: 'bs-paragraph', make: (p) => <api.Paragraph block={sample.paragraph} {...p} /> },
  Heading: { tag: 'H2', base: 'bs-heading', make: (p) => <api.Heading block={sample.heading} {...p} /> },
  List: { tag: 'UL', base: 'bs-list', make: (p) => <api.List block={sample.list} {...p} /> },
  BlockQuote: { tag: 'FIGURE', base: 'bs-quote', make: (p) => <api.BlockQuote block={sample.quote} {...p} /> },
  PullQuote: { tag: 'ASIDE', base: 'bs-pullquote', make: (p) => <api.PullQuote {...p}>Words.</api.PullQuote> },
  Figure: { tag: 'FIGURE', base: 'bs-figure', make: (p) => <api.Figure block={sample.figure} {...p} /> },
  EmbedLink: { tag: 'DIV', base: 'bs-embed-card', make: (p) => <api.EmbedLink block={sample.embed} {...p} /> },
  ListenToStory: {
    tag: 'DIV',
    base: 'bs-listen',
    make: (p) => <api.ListenToStory src="https://example.com/a.mp3" {...p} />,
  },
};

// Components in the public API that are not an element a page styles, each with why.
const notElements: Record<string, string> = {
  // A <script type="application/ld+json"> in the head or body: it has no box to style. Its own test checks the data.
  ArticleJsonLd: 'renders a data script, not a visible element',
  // Renders the inline content of a block into the caller's own element: it has no root of its own.
  Inlines: 'renders a fragment of inline content into its parent',
};

describe('component contract', () => {
  it('covers every component the package exports', () => {
    const exported = Object.entries(api)
      .filter(([name, value]) => typeof value === 'function' && /^[A-Z]/.test(name))
      .map(([name]) => name)
      .sort();
    expect(exported).toEqual([...Object.keys(cases), ...Object.keys(notElements)].sort());
  });

  describe.each(Object.entries(cases))('%s', (_name, { tag, base, make }) => {
    it('passes className, style, ref, data-* and native props to its root', () => {
      const ref = createRef<Root>();
      const { container } = render(
        make({ ref, className: 'mine', style: { color: 'red' }, 'data-x': '1', id: 'c1', 'aria-describedby': 'd' }),
      );
      const root = container.firstElementChild as Root;
      expect(root.tagName).toBe(tag);
      expect(ref.current).toBe(root);
      expect(root).toHaveClass(base, 'mine');
      expect(root).toHaveStyle({ color: 'rgb(255, 0, 0)' });
      expect(root).toHaveAttribute('data-x', '1');
      expect(root).toHaveAttribute('id', 'c1');
      expect(root).toHaveAttribute('aria-describedby', 'd');
    });

    it('renders the same markup on the server and on the client', () => {
      const server = document.createElement('div');
      // React marks text boundaries on the server with comments the client never writes.
      server.innerHTML = renderToString(make({})).replace(/<!-- -->/g, '');
      const { container } = render(make({}));
      server.normalize();
      container.normalize();
      // Same elements, attributes (in any order) and text.
      expect(container.isEqualNode(server), `${container.innerHTML}\n!==\n${server.innerHTML}`).toBe(true);
    });

    it('hydrates its server markup without a warning', async () => {
      const report = await hydrateServerHtml(renderToString(make({})), make({}));
      expect(report.logged).toEqual([]);
      expect(report.recoverable).toEqual([]);
    });
  });
});

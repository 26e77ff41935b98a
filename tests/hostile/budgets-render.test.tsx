// The article's post budget at render time: stored blocks built by hand or
// kept in a database never pass through the parsers' budget.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleBody, type Block } from '../../src/index.js';
import { MAX_POSTS } from '../../src/model/article/limits.js';
import { postAsQuote } from '../../src/model/article/post-quote.js';
import { sampleTweet } from '../components/tweet/sample.js';

const tweetBlock = (n: number): Block => ({
  type: 'tweet',
  tweet: sampleTweet({ body: [{ type: 'text', text: `Post number ${n}\nsecond line` }] }),
});

describe(`stored posts: ${MAX_POSTS} rendered as posts per body`, () => {
  it('renders the rest as quotes that keep text, author and link', () => {
    const blocks = Array.from({ length: MAX_POSTS + 2 }, (_, n) => tweetBlock(n));
    const html = renderToString(<ArticleBody blocks={blocks} development={false} />);
    expect(html.match(/<article[^>]*class="bs-tweet"/g)).toHaveLength(MAX_POSTS);
    const quotes = html.slice(html.lastIndexOf(`Post number ${MAX_POSTS - 1}`));
    expect(quotes).toContain(`Post number ${MAX_POSTS}`);
    expect(quotes).toContain(`Post number ${MAX_POSTS + 1}`);
    expect(
      quotes.match(/<blockquote class="bs-quote-text" cite="https:\/\/x.com\/harbourwx\/status\/\d+"/g),
    ).toHaveLength(2);
    expect(quotes).toContain('Harbour Weather (@harbourwx)');
  });

  it('renders every post of a body within the budget as a post', () => {
    const html = renderToString(<ArticleBody blocks={Array.from({ length: 3 }, (_, n) => tweetBlock(n))} />);
    expect(html.match(/<article[^>]*class="bs-tweet"/g)).toHaveLength(3);
    expect(html).not.toContain('bs-quote-text');
  });
});

describe('postAsQuote', () => {
  it('keeps lines, links and who wrote it', () => {
    const quote = postAsQuote(
      sampleTweet({
        lang: 'fa',
        dir: 'rtl',
        body: [
          { type: 'text', text: 'one\ntwo ' },
          { type: 'hashtag', text: '#a', href: 'https://x.com/hashtag/a' },
        ],
        author: { name: 'N', handle: 'u', instance: 'mastodon.social', url: 'https://mastodon.social/@u' },
      }),
    );
    expect(quote).toEqual({
      type: 'quote',
      lang: 'fa',
      dir: 'rtl',
      cite: 'https://x.com/harbourwx/status/1760026533688246305',
      attribution: 'N (@u@mastodon.social)',
      children: [
        [{ type: 'text', text: 'one' }],
        [
          { type: 'text', text: 'two ' },
          { type: 'link', href: 'https://x.com/hashtag/a', children: [{ type: 'text', text: '#a' }] },
        ],
      ],
    });
  });

  it('shows a warned post by its warning alone, never the text it hides', () => {
    const warned = sampleTweet({ body: [{ type: 'text', text: 'hidden' }], contentWarning: { text: 'Spoilers' } });
    expect(postAsQuote(warned).children).toEqual([[{ type: 'text', text: 'Spoilers' }]]);
    const labelled = sampleTweet({ body: [{ type: 'text', text: 'hidden' }], contentWarning: { labels: [] } });
    expect(JSON.stringify(postAsQuote(labelled))).not.toContain('hidden');
  });
});

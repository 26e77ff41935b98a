// Issue 10's examples of components trusting their model and its "smaller"
// ones (the rest are in examples.test.tsx): stored tweets and blocks with
// hostile URLs in every field, URLs with credentials, a polluted
// Object.prototype, odd provider names, the formatter cache, the consent gate.
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { formatterCount, MAX_FORMATTERS } from '../../src/components/format.js';
import {
  ArticleBody,
  type Block,
  parseArticleHtml,
  parseBlueskyPost,
  parseMastodonStatus,
  parseSyndicationTweet,
  Tweet,
  type Tweet as TweetData,
} from '../../src/index.js';
import { safeHttpUrl, safeImageUrl } from '../../src/model/shared/url.js';

/** Every URL-valued attribute of the markup. */
function urls(html: string): { name: string; value: string }[] {
  return [...html.matchAll(/\s(href|src|poster|srcset|cite|action)="([^"]*)"/g)].map(([, name = '', value = '']) => ({
    name,
    value: value.replace(/&amp;/g, '&'),
  }));
}

/** Links are http(s) without credentials; images https from X's media hosts (or what the loader returned). */
function expectGated(html: string, imageHosts: readonly string[]): void {
  for (const { name, value } of urls(html)) {
    const url = new URL(value);
    expect(url.protocol, `${name}="${value}"`).toMatch(/^https?:$/);
    expect(url.username + url.password, `${name}="${value}"`).toBe('');
    if (name !== 'href') {
      expect(url.protocol, `${name}="${value}"`).toBe('https:');
      expect(imageHosts, `${name}="${value}"`).toContain(url.hostname);
    }
  }
}

const HOSTILE = ['javascript:alert(1)', 'data:text/html,x', 'vbscript:msgbox(1)', 'file:///etc/passwd'];

function hostileTweet(bad: string): TweetData {
  return {
    id: '1',
    url: bad,
    author: { name: 'A', handle: 'a', url: bad, avatarUrl: bad, affiliate: { label: 'Org', url: bad, badgeUrl: bad } },
    body: [
      { type: 'text', text: 'see ' },
      { type: 'url', text: 'link', href: bad },
      { type: 'mention', text: '@b', href: 'https://x.com@evil.example/' },
      { type: 'hashtag', text: '#c', href: 'http://evil.example/c' },
    ],
    media: [
      { type: 'photo', url: bad, width: 1, height: 1 },
      { type: 'photo', url: 'http://pbs.twimg.com/media/a.jpg', width: 1, height: 1 },
      { type: 'photo', url: 'https://evil.example/b.jpg', width: 1, height: 1 },
      { type: 'video', poster: bad, width: 1, height: 1, sources: [{ url: bad, type: 'video/mp4' }] },
    ],
    card: {
      url: bad,
      title: 'Card',
      domain: 'evil.example',
      image: { url: bad, width: 1, height: 1 },
      layout: 'large',
    },
    quoted: {
      id: '2',
      url: bad,
      author: { name: 'Q', handle: 'q', url: bad, avatarUrl: bad },
      body: [],
      media: [],
      source: 'syndication',
    },
    inReplyTo: { handle: 'r', url: bad },
    source: 'syndication',
  } as TweetData;
}

describe('components trust their model no more', () => {
  it.each(HOSTILE)('<Tweet> renders no %s URL from a stored tweet, anywhere', (bad) => {
    const html = renderToString(<Tweet tweet={hostileTweet(bad)} />);
    expect(html).not.toContain(bad.slice(0, 8));
    expect(html).not.toContain('evil.example/b.jpg');
    expect(html).not.toContain('http://pbs.twimg.com');
    expectGated(html, ['pbs.twimg.com', 'video.twimg.com', 'abs.twimg.com', 'ton.twimg.com']);
    // What was left out degrades: the link's text and the hashtag are still there.
    expect(html).toContain('link');
    expect(html).toContain('#c');
  });

  it('an imageLoader sees https sources only, and what it returns is gated too', () => {
    const seen: string[] = [];
    const loader = (src: string) => {
      seen.push(src);
      return src.includes('b.jpg') ? 'javascript:alert(1)' : `/_img?u=${encodeURIComponent(src)}`;
    };
    const html = renderToString(<Tweet tweet={hostileTweet('data:image/png,x')} imageLoader={loader} />);
    expect(seen).toEqual(['https://evil.example/b.jpg']);
    expect(html).not.toMatch(/javascript:|data:/);
  });

  it('<ArticleBody> re-gates stored blocks the same way', () => {
    const blocks = [
      { type: 'paragraph', children: [{ type: 'link', href: 'https://x.com@evil.example/', children: [] }] },
      { type: 'paragraph', children: [{ type: 'link', href: 'vbscript:x', children: [{ type: 'text', text: 'v' }] }] },
      { type: 'figure', src: 'http://cdn.example/a.jpg', alt: 'mixed content' },
      { type: 'figure', src: 'data:image/png,x', alt: 'data' },
      { type: 'quote', cite: 'file:///etc/passwd', children: [[{ type: 'text', text: 'q' }]] },
      { type: 'audio', src: 'javascript:alert(1)' },
    ] as Block[];
    const html = renderToString(<ArticleBody blocks={blocks} development={false} />);
    expect(html).not.toMatch(/evil\.example|vbscript:|http:\/\/cdn|data:image|file:|javascript:/);
    expect(html).toContain('>v<');
  });
});

describe('the URL gate', () => {
  it('refuses credentials, which read as one host and go to another', () => {
    expect(safeHttpUrl('https://x.com@evil.example/')).toBeUndefined();
    expect(safeHttpUrl('https://user:pass@x.com/')).toBeUndefined();
    const result = parseArticleHtml('<p><a href="https://x.com@evil.example/">x</a></p>');
    expect(result.ok && result.value.blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'x' }] }]);
    expect(result.ok && result.warnings).toContain('dropped links that are not http(s) or mailto (text kept)');
  });

  it('keeps http images out (mixed content), except on loopback', () => {
    expect(safeImageUrl('http://pbs.twimg.com/a.jpg')).toBeUndefined();
    expect(safeImageUrl('http://localhost:6006/a.jpg')).toBe('http://localhost:6006/a.jpg');
  });
});

describe('a polluted Object.prototype', () => {
  const polluted = [
    'text',
    'url',
    'href',
    'src',
    'lang',
    'expanded_url',
    'media_url_https',
    'content',
    'avatar',
  ] as const;
  afterEach(() => {
    for (const key of polluted) delete (Object.prototype as Record<string, unknown>)[key];
  });
  const pollute = () => {
    for (const key of polluted) (Object.prototype as Record<string, unknown>)[key] = 'https://evil.example/polluted';
  };

  it('leaks into no parsed tweet, post or article', () => {
    pollute();
    const tweet = parseSyndicationTweet({
      id_str: '1',
      user: { name: 'A', screen_name: 'a' },
      full_text: 'hi',
      entities: { urls: [{ indices: [0, 2] }] },
      mediaDetails: [{ type: 'photo' }],
    });
    const bluesky = parseBlueskyPost({
      uri: 'at://did:plc:aaaaaaaaaaaaaaaaaaaaaaaa/app.bsky.feed.post/3lbbbbbbbbb2a',
      author: { did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa', handle: 'a.example.com' },
      record: { text: 'hi' },
    });
    const mastodon = parseMastodonStatus({
      id: '1',
      account: { username: 'a', url: 'https://social.example/@a' },
    });
    const article = parseArticleHtml('<p><a>x</a><img alt="i"></p>');
    for (const result of [tweet, bluesky, mastodon, article]) {
      expect(JSON.stringify(result)).not.toContain('polluted');
    }
  });
});

describe('names from the input are not lookups', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('an embed provider named %s', (provider) => {
    const block = { type: 'embed', provider, url: 'https://a.example/v' } as Block;
    const html = renderToString(<ArticleBody blocks={[block]} development={false} />);
    expect(html).toContain(provider);
    expect(html).not.toMatch(/function|\[object|native code/);
  });
});

describe('label values from the input are not lookups either', () => {
  it.each(['constructor', '__proto__', 'toString'])('a Bluesky label %s is a label, not a warning', (val) => {
    const result = parseBlueskyPost({
      uri: 'at://did:plc:aaaaaaaaaaaaaaaaaaaaaaaa/app.bsky.feed.post/3lbbbbbbbbb2a',
      author: { did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa', handle: 'a.example.com' },
      record: { text: 'hi' },
      labels: [{ val }],
    });
    expect(result.ok && result.value.labels).toEqual([val]);
    expect(result.ok && result.value.contentWarning).toBeUndefined();
    if (result.ok) expect(() => renderToString(<Tweet tweet={result.value} />)).not.toThrow();
  });
});

describe('the consent gate', () => {
  it.each(['', '   '])('an embed with provider %j is reported, not rendered ungated', (provider) => {
    const reported: string[] = [];
    const block = { type: 'embed', provider, url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } as Block;
    const html = renderToString(
      <ArticleBody
        blocks={[block]}
        requireConsent
        development={false}
        onInvalidBlock={(_block, _index, problem) => reported.push(problem)}
      />,
    );
    expect(reported).toEqual(['no `provider`']);
    expect(html).not.toContain('youtube');
  });

  it('an unknown provider still waits for consent', () => {
    const block = { type: 'embed', provider: 'nobody-knows', url: 'https://a.example/v' } as Block;
    const html = renderToString(<ArticleBody blocks={[block]} requireConsent development={false} />);
    expect(html).toContain('bs-consent');
  });
});

describe('the formatter cache', () => {
  it(`keeps at most ${MAX_FORMATTERS} formatters, whatever the tweets' languages`, () => {
    for (let index = 0; index < 3 * MAX_FORMATTERS; index += 1) {
      const tweet = { ...hostileTweet('x'), createdAt: '2024-05-01T12:00:00.000Z', counts: { likes: 5 } };
      renderToString(<Tweet tweet={tweet} locale={`en-x-a${index}`} />);
    }
    expect(formatterCount()).toBeLessThanOrEqual(MAX_FORMATTERS);
  });
});

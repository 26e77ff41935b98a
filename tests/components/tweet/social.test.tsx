import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '../../../src/components/article/ArticleBody.js';
import { Tweet } from '../../../src/components/tweet/Tweet.js';
import { parseArticleHtml } from '../../../src/model/article/html.js';
import { parseBlueskyPost } from '../../../src/model/bluesky/post.js';
import { parseMastodonStatus } from '../../../src/model/mastodon/status.js';
import type { ParseResult } from '../../../src/model/shared/result.js';
import { parseSyndicationTweet } from '../../../src/model/tweet/syndication.js';
import type { Tweet as TweetData } from '../../../src/model/tweet/types.js';
import {
  blueskyAuthored,
  blueskyEmbeds,
  blueskyFeedItems,
  blueskyPosts,
  communityNote,
  mastodonAuthored,
  mastodonEmbeds,
  mastodonStatuses,
  syndicationExtra,
} from '../../model/social-fixtures.js';
import { describeShared } from '../../shared.js';

function value(result: ParseResult<TweetData>): TweetData {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** What every rendered post must be: one article, ISO times, http(s) links, described and sized images, no script. */
function expectSafePost(html: string) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  expect(doc.querySelectorAll('article')).toHaveLength(1);
  for (const time of doc.querySelectorAll('time'))
    expect(time.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/);
  for (const link of doc.querySelectorAll('[href]')) expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
  for (const media of doc.querySelectorAll('[src], [poster]')) {
    expect(media.getAttribute('src') ?? media.getAttribute('poster')).toMatch(/^https?:\/\//);
  }
  for (const img of doc.querySelectorAll('img')) {
    expect(img.hasAttribute('alt')).toBe(true);
    expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
  }
  expect(doc.querySelectorAll('script, iframe, object, embed')).toHaveLength(0);
  for (const element of doc.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/);
  }
}

const cases: [string, TweetData][] = [
  ...blueskyPosts.map(([uri, view]): [string, TweetData] => [
    `bluesky/posts.json ${uri}`,
    value(parseBlueskyPost(view)),
  ]),
  ...blueskyFeedItems.map(([name, item]): [string, TweetData] => [
    `bluesky/feed-items.json ${name}`,
    value(parseBlueskyPost(item)),
  ]),
  ...mastodonStatuses.map(([url, s]): [string, TweetData] => [
    `mastodon/statuses.json ${url}`,
    value(parseMastodonStatus(s)),
  ]),
  ...Object.entries(blueskyAuthored).map(([k, v]): [string, TweetData] => [
    `bluesky-authored ${k}`,
    value(parseBlueskyPost(v)),
  ]),
  ...Object.entries(mastodonAuthored).map(([k, v]): [string, TweetData] => [
    `mastodon-authored ${k}`,
    value(parseMastodonStatus(v)),
  ]),
];

describe('<Tweet> renders every recorded Bluesky and Mastodon post', () => {
  for (const [name, post] of cases) {
    it(name, () => {
      const html = renderToStaticMarkup(<Tweet tweet={post} />);
      expectSafePost(html);
      const network = post.network === 'bluesky' ? 'Bluesky' : 'Mastodon';
      if (post.url) expect(html).toContain(`aria-label="View on ${network}"`);
      expect(html).not.toContain('intent/');
      if (post.contentWarning) expect(html).toMatch(/<details class="bs-tweet-warning"><summary>/);
      expectSafePost(renderToStaticMarkup(<Tweet tweet={post} media="none" />));
      expect(renderToStaticMarkup(<Tweet tweet={post} media="none" />)).not.toMatch(/<(img|video|audio)\b/);
    });
  }
});

describeShared('<Tweet> renders every extra X payload', () => {
  for (const [file, key, payload] of syndicationExtra) {
    it(`syndication-extra/${file} ${key}`, () => {
      const result = parseSyndicationTweet(payload);
      // The one tombstone is X's answer for a deleted post, and must read as one.
      if (key === 'deleted-post-tombstone') {
        expect(result).toMatchObject({ ok: false, error: { code: 'deleted' } });
        return;
      }
      const tweet = value(result);
      expectSafePost(renderToStaticMarkup(<Tweet tweet={tweet} />));
    });
  }
});

describe('Community Notes and embeds in place', () => {
  it('renders the note under its tweet, labelled as X labels it, linking to the note', () => {
    const tweet = value(parseSyndicationTweet(communityNote['1790000000000000001']));
    const html = renderToStaticMarkup(<Tweet tweet={tweet} />);
    expectSafePost(html);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const note = doc.querySelector('.bs-tweet-note');
    expect(note?.getAttribute('aria-label')).toBe('Readers added context they thought people might want to know');
    expect(note?.querySelector('.bs-tweet-note-link')?.getAttribute('href')).toBe(
      'https://twitter.com/i/birdwatch/n/1790000000000000099',
    );
    // Under the tweet: after its body, before the footer.
    expect(note?.previousElementSibling?.className).toBe('bs-tweet-body');
    expect(note?.nextElementSibling?.tagName).toBe('FOOTER');
  });

  it('renders a Bluesky and a Mastodon embed inside an article in place, each behind its own skip link and consent', () => {
    const bluesky = blueskyEmbeds[0]?.html;
    const mastodon = mastodonEmbeds[0]?.html;
    if (bluesky === undefined || mastodon === undefined) return;
    const parsed = parseArticleHtml(`<p>One.</p>${bluesky}<p>Two.</p>${mastodon}<p>Three.</p>`);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const html = renderToStaticMarkup(<ArticleBody article={parsed.value} requireConsent />);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const body = doc.querySelector('.bs-article-body');
    expect([...(body?.children ?? [])].map((el) => el.getAttribute('data-provider') ?? el.tagName)).toEqual([
      'P',
      'bluesky',
      'P',
      'mastodon',
      'P',
    ]);
    expect(html).toContain('Skip post by @ikawaha.bsky.social');
    expect(html).toContain('Skip post by @GnuPG@mstdn.social');
    expect(html).toContain('Bluesky');
    expect(doc.querySelectorAll('article')).toHaveLength(2);
    expect(doc.querySelectorAll('script, iframe')).toHaveLength(0);
  });
});

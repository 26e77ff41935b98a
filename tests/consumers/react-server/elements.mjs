// One element per component Broadsheet exports, built from the project's own
// fixtures. The react-server side and the plain side both build them here, so
// they render exactly the same input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Components whose output involves a client island, and what becomes of it without a bundler. */
export const withIslands = ['Article', 'ArticleBody', 'ListenToStory'];

/**
 * @param {typeof import('broadsheet')} bs the package as this process resolves it
 * @param {typeof import('react').createElement} h
 * @param {string} fixtures the folder tests/fixtures
 */
export function elements(bs, h, fixtures) {
  const read = (path) => readFileSync(join(fixtures, path), 'utf8');
  const ok = (result) => {
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const tweet = ok(bs.parseSyndicationTweet(JSON.parse(read('syndication/photos-2.json'))));
  const seed = ok(bs.parseArticleText(read('texts/seed.txt')));
  const cmsHtml = read('html/cms-article.html');
  const cms = ok(bs.parseArticleHtml(cmsHtml));
  const embed = cmsHtml.match(/<blockquote class="twitter-tweet"[\s\S]*?<\/blockquote>/)?.[0] ?? '';
  const first = (type) => {
    const block = cms.blocks.find((b) => b.type === type);
    if (!block) throw new Error(`the CMS fixture has no ${type} block`);
    return block;
  };
  const header = { kicker: 'Harbour', headline: 'The night the harbour wall held', published: '2024-05-14T07:00:00Z' };
  const meta = { headline: header.headline, datePublished: header.published, url: 'https://news.example.org/harbour' };
  return {
    Tweet: h(bs.Tweet, { tweet, locale: 'en' }),
    TweetEmbed: h(bs.TweetEmbed, { embed: bs.readTweetEmbed(embed), locale: 'en' }),
    TweetUnavailable: h(bs.TweetUnavailable, { reason: 'deleted', locale: 'fa' }),
    TweetSkeleton: h(bs.TweetSkeleton, {}),
    Article: h(bs.Article, { article: seed, header: { ...header, headline: 'Khamenei rejects talks with the US' } }),
    ArticleHeader: h(bs.ArticleHeader, { ...header, locale: 'en' }),
    ArticleBody: h(bs.ArticleBody, { article: cms, requireConsent: true, locale: 'en' }),
    Paragraph: h(bs.Paragraph, { block: first('paragraph') }),
    Heading: h(bs.Heading, { block: first('heading') }),
    List: h(bs.List, { block: first('list') }),
    BlockQuote: h(bs.BlockQuote, {
      block: { type: 'quote', children: [first('paragraph').children], attribution: 'The council' },
    }),
    PullQuote: h(bs.PullQuote, { attribution: 'A harbour pilot', align: 'start' }, 'We watched the water climb.'),
    Figure: h(bs.Figure, {
      block: { type: 'figure', src: 'https://news.example.org/gate.jpg', alt: 'The east gate', credit: 'Harbour Desk' },
    }),
    EmbedLink: h(bs.EmbedLink, {
      block: { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=aaaaaaaaaaa', title: 'Gates' },
    }),
    Inlines: h(bs.Inlines, { inlines: first('paragraph').children }),
    TweetReferenceCard: h(bs.TweetReferenceCard, {
      block: { type: 'tweet', tweet: bs.tweetReference('https://x.com/harbourwx/status/1760026533688246305') },
    }),
    ArticleJsonLd: h(bs.ArticleJsonLd, { article: cms, meta }),
    ListenToStory: h(bs.ListenToStory, { locale: 'en' }),
  };
}

/**
 * Story data for the real-world shapes of issue 9, written for this project
 * (never copied from ../shared): a copied text with glued and inline
 * signatures, a listicle, an Arabic article with Arabic-Indic dates and a
 * reporter's paraphrase, and a WordPress post with URL-only embeds. Each is
 * parsed the way a publisher would.
 */
import { parseArticleHtml } from '../../model/article/html.js';
import { parseArticleText } from '../../model/article/text.js';
import type { Article } from '../../model/article/types.js';
import type { ParseResult } from '../../model/shared/result.js';
import type { Tweet } from '../../model/tweet/types.js';
import arabicText from './fixtures/real-world-arabic.txt?raw';
import copiedText from './fixtures/real-world-copied.txt?raw';
import listicleText from './fixtures/real-world-listicle.txt?raw';
import wordpressHtml from './fixtures/real-world-wordpress.html?raw';

function unwrap(result: ParseResult<Article>): Article {
  if (!result.ok) throw new Error(`story data did not parse: ${result.error.message}`);
  return result.value;
}

export const copiedArticle = unwrap(parseArticleText(copiedText, { lang: 'en' }));
export const listicleArticle = unwrap(parseArticleText(listicleText, { lang: 'en' }));
export const arabicArticle = unwrap(parseArticleText(arabicText, { lang: 'ar', dir: 'rtl' }));
export const wordpressArticle = unwrap(parseArticleHtml(wordpressHtml, { baseUrl: 'https://news.example.com/' }));

/** What an app stored at publish time for one of the WordPress post's tweets. */
const storedAnnouncement: Tweet = {
  id: '1887860219466527146',
  url: 'https://x.com/harbour_desk/status/1887860219466527146',
  author: { name: 'Harbour Desk', handle: 'harbour_desk', url: 'https://x.com/harbour_desk' },
  createdAt: '2025-01-31T09:00:00.000Z',
  body: [
    {
      type: 'text',
      text: 'From 7 February the harbour bridge is for people on foot and on bikes only. Thank you for your patience.',
    },
  ],
  media: [],
  lang: 'en',
  source: 'syndication',
};

export const wordpressResolved = unwrap(
  parseArticleHtml(wordpressHtml, {
    baseUrl: 'https://news.example.com/',
    resolveTweet: (id) => (id === storedAnnouncement.id ? storedAnnouncement : undefined),
  }),
);

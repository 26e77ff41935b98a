/**
 * Story data parsed the way a publisher would: the seed's copied text and a
 * CMS body, both shipped beside the stories (readers of the package have no
 * ../shared). Images point at a local file so stories work offline.
 */

import { parseArticleHtml } from '../../model/article/html.js';
import { parseArticleText } from '../../model/article/text.js';
import type { Article } from '../../model/article/types.js';
import type { ParseResult } from '../../model/shared/result.js';
import cmsHtml from './fixtures/cms.html?raw';
import figureAsset from './fixtures/figure.svg?url&no-inline';
import persianHtml from './fixtures/persian.html?raw';
import seedText from './fixtures/seed.txt?raw';

/** The local illustration as an absolute URL, which is all a figure accepts. */
export const figureUrl = new URL(figureAsset, globalThis.location?.href ?? 'http://localhost/').href;

function unwrap(result: ParseResult<Article>): Article {
  if (!result.ok) throw new Error(`story data did not parse: ${result.error.message}`);
  return result.value;
}

export const seedArticle = unwrap(parseArticleText(seedText, { lang: 'en' }));

export const cmsArticle = unwrap(
  parseArticleHtml(cmsHtml.replace('https://news.example.com/media/jezero-crater.jpg', figureUrl), {
    baseUrl: 'https://news.example.com/world/',
  }),
);

export const persianArticle: Article = {
  ...unwrap(parseArticleHtml(persianHtml)),
  lang: 'fa',
  dir: 'rtl',
};

export const seedHeader = {
  kicker: 'Middle East',
  headline: 'Khamenei rejects talks with the US as “not intelligent, wise or honorable”',
  standfirst:
    'Iran’s supreme leader tells Air Force commanders that negotiating with Washington would be degrading, days after Trump restored “maximum pressure”.',
  byline: 'By Staff Reporter',
  published: '2025-02-07T14:00:00Z',
  updated: '2025-02-07T18:30:00Z',
};

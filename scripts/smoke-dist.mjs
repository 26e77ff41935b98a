// After `npm run build`: load the built package the way Node loads it for a
// user (plain ESM, no bundler) and render a tweet and an article to HTML.
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const broadsheet = await import('../dist/index.js');
const fixtures = new URL('../tests/fixtures/', import.meta.url);
const payload = JSON.parse(readFileSync(new URL('syndication/photos-2.json', fixtures), 'utf8'));
const tweet = broadsheet.parseSyndicationTweet(payload);
if (!tweet.ok) throw new Error(`tweet did not parse: ${tweet.error.message}`);
const article = broadsheet.parseArticleText(readFileSync(new URL('texts/seed.txt', fixtures), 'utf8'));
if (!article.ok) throw new Error(`seed did not parse: ${article.error.message}`);

const tweetHtml = renderToString(createElement(broadsheet.Tweet, { tweet: tweet.value }));
const articleHtml = renderToString(createElement(broadsheet.ArticleBody, { article: article.value }));
if (!tweetHtml.includes('class="bs-tweet"')) throw new Error('the built <Tweet> rendered no tweet');
if ((articleHtml.match(/class="bs-tweet"/g) ?? []).length !== 2) throw new Error('the seed should render two tweets');
console.log(
  `dist smoke test: ${Object.keys(broadsheet).length} exports; <Tweet> ${tweetHtml.length} B, seed article ${articleHtml.length} B of HTML`,
);

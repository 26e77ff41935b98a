import { parseArticleHtml, parseArticleText, parseSyndicationTweet, parseTweetEmbed, parseTweetText } from 'broadsheet';

declare const json: unknown; // X's syndication payload for one tweet
declare const storedHtml: string; // `<blockquote class="twitter-tweet">…</blockquote>` as a CMS kept it
declare const copiedText: string; // a tweet copied off a page, ending `— Name (@handle) Date`
declare const cmsHtml: string; // a whole article body

export const fromJson = parseSyndicationTweet(json); // source: 'syndication' — everything X sent
export const fromEmbed = parseTweetEmbed(storedHtml); // source: 'embed' — text, author, link, date from the id
export const fromText = parseTweetText(copiedText); // source: 'text' — text and author, the day only
export const article = parseArticleHtml(cmsHtml, { baseUrl: 'https://news.example.com/world/' });
export const seed = parseArticleText(copiedText, { lang: 'en' });

// Every parser returns a ParseResult and never throws.
if (fromJson.ok) {
  console.log(fromJson.value.author.handle, fromJson.warnings);
} else {
  console.log(fromJson.error.code, fromJson.error.message);
}

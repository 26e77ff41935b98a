// Before (widgets.js): the CMS stored X's embed code and the page loaded X's script to turn it into an iframe.
//   <blockquote class="twitter-tweet">…</blockquote> <script async src="https://platform.twitter.com/widgets.js"></script>
// After: the same stored markup, read on the server; the script is never loaded.
import { type Article, ArticleBody, parseArticleHtml, readTweetEmbed, TweetEmbed } from 'broadsheet';

// One stored embed on its own:
export const One = ({ storedHtml }: { storedHtml: string }) => <TweetEmbed embed={readTweetEmbed(storedHtml)} />;

// Or a whole body with embeds pasted in: each `blockquote.twitter-tweet` becomes a static tweet.
export function Body({ html }: { html: string }) {
  const parsed = parseArticleHtml(html);
  return parsed.ok ? <ArticleBody article={parsed.value satisfies Article} /> : null;
}

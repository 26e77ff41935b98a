import { type Article, ArticleBody, type ImageLoader, Tweet } from 'broadsheet';

declare const tweet: Tweet;
declare const article: Article;

// Nothing from X: no avatar, photo, poster, card image or badge; media become their alt text.
export const TextOnly = () => <Tweet tweet={tweet} media="none" />;

// Through your own image service: X sees your server, not your reader.
const viaProxy: ImageLoader = (src, { width }) =>
  `https://images.example.com/fit?w=${width}&url=${encodeURIComponent(src)}`;
export const Proxied = () => <Tweet tweet={tweet} imageLoader={viaProxy} />;

// In an article: text only until the reader allows a provider (remembered per provider).
export const Gated = () => <ArticleBody article={article} requireConsent />;

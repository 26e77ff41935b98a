import { type ArticleMeta, articleJsonLd, serializeJsonLd } from '../../model/article/json-ld.js';
import type { Article } from '../../model/article/types.js';

// The parts ArticleHeader renders that a voice assistant should read.
const DEFAULT_SPEAKABLE = ['.bs-article-headline', '.bs-article-standfirst'];

export interface ArticleJsonLdProps {
  article: Article;
  /** `speakable` defaults to the headline and standfirst of `<ArticleHeader>`. */
  meta: ArticleMeta;
}

/** The article's schema.org NewsArticle data for search engines and voice assistants. */
export function ArticleJsonLd({ article, meta }: ArticleJsonLdProps) {
  const data = articleJsonLd(article, { ...meta, speakable: meta.speakable ?? DEFAULT_SPEAKABLE });
  return (
    <script
      type="application/ld+json"
      // The one raw-HTML spot in Broadsheet: a script's text cannot be given as
      // React children without being entity-escaped into invalid JSON.
      // serializeJsonLd escapes `<`, `>` and `&`, so no text can close the tag.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: see above
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}

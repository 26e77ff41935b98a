import type { ComponentPropsWithRef, ReactNode } from 'react';
import type { Article as ArticleModel } from '../../model/article/types.js';
import { ArticleBody, type ArticleBodyProps } from './ArticleBody.js';
import { ArticleHeader, type ArticleHeaderProps } from './ArticleHeader.js';
import { joinClass } from './block-attributes.js';

export interface ArticleProps extends Omit<ComponentPropsWithRef<'article'>, 'children'> {
  article: ArticleModel;
  /** The headline and the rest of the header; omit when the page renders its own. */
  header?: ArticleHeaderProps;
  /** Passed to the body (`components`, `consent`, `onUnknownBlock`, `idPrefix`…). */
  body?: Omit<ArticleBodyProps, 'article' | 'blocks'>;
  locale?: string;
  /** After the body: tags, corrections, share actions. Hidden in print when marked `.bs-article-actions`. */
  children?: ReactNode;
}

/**
 * The model type under the component's name, so one import gives both
 * `<Article article={…} />` and `const a: Article`.
 */
export type Article = ArticleModel;

/**
 * A complete article: header and body at a readable measure, pull quotes and
 * figures laid out by the width of the article (container queries), in the
 * article's own language and direction.
 */
export function Article({ article, header, body, locale, children, className, ...rest }: ArticleProps) {
  const language = locale ?? article.lang;
  return (
    <article lang={article.lang} dir={article.dir} {...rest} className={joinClass('bs-article', className)}>
      {header ? <ArticleHeader locale={language} {...header} /> : null}
      <ArticleBody locale={language} {...body} article={article} />
      {children}
    </article>
  );
}

import type { ComponentPropsWithRef, ReactNode } from 'react';
import type { Article as ArticleModel } from '../../model/article/types.js';
import { type RenderOptions, takeOptions } from '../options.js';
import { ArticleBody, type ArticleBodyProps } from './ArticleBody.js';
import { ArticleHeader, type ArticleHeaderProps } from './ArticleHeader.js';
import { joinClass } from './block-attributes.js';

export interface ArticleProps extends Omit<ComponentPropsWithRef<'article'>, 'children'>, RenderOptions {
  /** The parsed article (`parseArticleHtml`, `parseArticleText`, or blocks you stored); its `lang` and `dir` go on the root. */
  article: ArticleModel;
  /** The headline and the rest of the header; omit when the page renders its own. */
  header?: ArticleHeaderProps;
  /**
   * Passed to the body (`components`, `tweet`, `requireConsent`, `onUnknownBlock`, `idPrefix`…). The article's
   * render options reach it; any set here win.
   */
  body?: Omit<ArticleBodyProps, 'article' | 'blocks'>;
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
 * article's own language and direction. Its render options reach the header,
 * the body and every tweet in it.
 */
export function Article(props: ArticleProps) {
  const [options, { article, header, body, children, className, ...rest }] = takeOptions(props);
  const shared = { ...options, locale: options.locale ?? article.lang };
  return (
    <article lang={article.lang} dir={article.dir} {...rest} className={joinClass('bs-article', className)}>
      {header ? (
        <ArticleHeader locale={shared.locale} timeZone={shared.timeZone} labels={shared.labels} {...header} />
      ) : null}
      <ArticleBody {...withoutUndefined(shared)} {...body} article={article} />
      {children}
    </article>
  );
}

// An option left unset must not mask the body's own (`{ timeZone: undefined }` would).
function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

import type { ComponentPropsWithRef, ReactNode } from 'react';
import { articleEn } from '../../i18n/en/article.js';
import type { Labels } from '../../i18n/labels.js';
import { withLabels } from '../../i18n/pick.js';
import { formatDateTime } from '../format.js';
import { joinClass } from './block-attributes.js';

export interface ArticleHeaderProps extends Omit<ComponentPropsWithRef<'header'>, 'children'> {
  /** The small label above the headline: a section, "Analysis", "Live". */
  kicker?: ReactNode;
  headline: ReactNode;
  /** The summary under the headline. */
  standfirst?: ReactNode;
  /** Who wrote it, e.g. "By Jane Doe" or a list of linked names. */
  byline?: ReactNode;
  /** ISO 8601. */
  published?: string;
  /** ISO 8601; shown when it differs from `published`. */
  updated?: string;
  /** Format of the dates (default `en`). */
  locale?: string | undefined;
  /** Dates are shown in this zone (default `UTC`), the same on the server and in the browser. */
  timeZone?: string | undefined;
  /** "Published" and "Updated", e.g. a pack from `broadsheet/locales`. */
  labels?: Partial<Labels> | undefined;
}

function Dated({ label, iso, locale, timeZone }: { label: string; iso: string; locale: string; timeZone: string }) {
  const text = formatDateTime(iso, locale, timeZone);
  if (!text) return null;
  return (
    <p className="bs-article-date">
      {label} <time dateTime={iso}>{text}</time>
    </p>
  );
}

export function ArticleHeader({
  kicker,
  headline,
  standfirst,
  byline,
  published,
  updated,
  locale,
  timeZone = 'UTC',
  labels: overrides,
  className,
  ...rest
}: ArticleHeaderProps) {
  const language = locale ?? 'en';
  const labels = withLabels(articleEn, overrides);
  return (
    <header {...rest} className={joinClass('bs-article-header', className)}>
      {kicker ? <p className="bs-article-kicker">{kicker}</p> : null}
      <h1 className="bs-article-headline">{headline}</h1>
      {standfirst ? <p className="bs-article-standfirst">{standfirst}</p> : null}
      {byline || published || updated ? (
        <div className="bs-article-meta">
          {byline ? <p className="bs-article-byline">{byline}</p> : null}
          {published ? <Dated label={labels.published} iso={published} locale={language} timeZone={timeZone} /> : null}
          {updated && updated !== published ? (
            <Dated label={labels.updated} iso={updated} locale={language} timeZone={timeZone} />
          ) : null}
        </div>
      ) : null}
    </header>
  );
}

import type { ComponentPropsWithRef, ReactNode } from 'react';
import { formatDateTime } from '../format.js';
import { labelsFor } from '../labels.js';
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
  /** Language of the labels and dates; defaults to the page's. */
  locale?: string;
  /** Dates are shown in this zone, the same on the server and in the browser. */
  timeZone?: string;
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
  className,
  ...rest
}: ArticleHeaderProps) {
  const language = locale ?? 'en';
  const labels = labelsFor(language);
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

import { Children, type ComponentPropsWithRef, type ReactNode } from 'react';

export type PullQuoteAlign = 'center' | 'start' | 'end' | 'wide';

export interface PullQuoteProps extends Omit<ComponentPropsWithRef<'aside'>, 'children'> {
  /** The quote. Strings (one or several) become paragraphs; elements render as given. */
  children: ReactNode;
  /** Who said it: a person, shown after the quote. */
  attribution?: ReactNode;
  /** The title of a work the quote comes from (a book, a report), marked up with `<cite>`. */
  source?: ReactNode;
  /** `start`/`end` float beside the text in a wide container; `wide` breaks out of the measure. */
  align?: PullQuoteAlign;
  size?: 'md' | 'lg';
  /**
   * A pull quote usually repeats a sentence that is already in the body.
   * `announce` (default) keeps it readable by assistive technology, so it is heard
   * twice; `hide` removes it from the accessibility tree, so it is heard once —
   * use `hide` only when the text really is in the body word for word.
   */
  duplicate?: 'announce' | 'hide';
  /** Accessible name of the landmark; translate it with the page. */
  label?: string;
  /** The decorative quotation mark; hidden from assistive technology. */
  mark?: string;
}

export function PullQuote({
  children,
  attribution,
  source,
  align = 'center',
  size = 'md',
  duplicate = 'announce',
  label = 'Pull quote',
  mark = '“',
  className,
  ...rest
}: PullQuoteProps) {
  const hidden = duplicate === 'hide';
  return (
    <aside
      aria-label={hidden ? undefined : label}
      aria-hidden={hidden || undefined}
      {...rest}
      className={className ? `bs-pullquote ${className}` : 'bs-pullquote'}
      data-align={align}
      data-size={size}
    >
      {mark ? (
        <span className="bs-pullquote-mark" aria-hidden="true">
          {mark}
        </span>
      ) : null}
      <blockquote className="bs-pullquote-quote">
        {Children.map(children, (child) =>
          typeof child === 'string' || typeof child === 'number' ? <p>{child}</p> : child,
        )}
      </blockquote>
      {attribution || source ? (
        <footer className="bs-pullquote-attribution">
          {attribution}
          {attribution && source ? ', ' : null}
          {source ? <cite>{source}</cite> : null}
        </footer>
      ) : null}
    </aside>
  );
}

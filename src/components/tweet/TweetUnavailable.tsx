import type { ComponentPropsWithRef, ReactNode } from 'react';
import type { ParseError } from '../../model/shared/result.js';
import type { TweetErrorCode } from '../../model/tweet/types.js';
import { REL } from './context.js';
import { localeDir, type TweetLabels, tweetLabelsFor } from './labels.js';
import { type TweetStateLabels, tweetStateLabelsFor } from './state-labels.js';

export type TweetUnavailableReason = 'not-found' | 'deleted' | 'private' | 'invalid' | 'network';

const MESSAGE = {
  'not-found': 'unavailableNotFound',
  deleted: 'unavailableDeleted',
  private: 'unavailablePrivate',
  invalid: 'unavailableInvalid',
  network: 'unavailableNetwork',
} as const satisfies Record<TweetUnavailableReason, keyof TweetStateLabels>;

/**
 * The reason to show for a parser's or `fetchTweet`'s error, by its code
 * alone: the parsers read X's tombstones and say `deleted` or `protected`.
 */
export function unavailableReason(error: ParseError<TweetErrorCode>): TweetUnavailableReason {
  switch (error.code) {
    case 'not-found':
      return 'not-found';
    case 'network':
    case 'timeout':
    case 'http-status':
      return 'network';
    case 'protected':
      return 'private';
    case 'deleted':
    case 'unavailable':
      return 'deleted';
    default:
      return 'invalid';
  }
}

export interface TweetUnavailableProps extends Omit<ComponentPropsWithRef<'article'>, 'children'> {
  reason: TweetUnavailableReason;
  /** The post on X, linked when known. */
  url?: string;
  /** Whatever is left of the post (e.g. the text of a stored embed), shown as a quotation. */
  children?: ReactNode;
  theme?: 'light' | 'dark';
  locale?: string;
  labels?: Partial<TweetLabels & TweetStateLabels>;
}

/**
 * Stands in for a tweet that can't be shown, saying why, and keeping what the
 * page still knows. An <article> like the tweet it replaces, so the page's
 * outline doesn't change with the tweet's fate.
 */
export function TweetUnavailable({
  reason,
  url,
  children,
  theme,
  locale = 'en',
  labels,
  className,
  ...rest
}: TweetUnavailableProps) {
  const strings = { ...tweetLabelsFor(locale, labels), ...tweetStateLabelsFor(locale, labels) };
  const href = url && /^https?:\/\//i.test(url) ? url : undefined;
  return (
    <article
      lang={locale}
      dir={localeDir(locale)}
      {...rest}
      className={className ? `bs-tweet-unavailable ${className}` : 'bs-tweet-unavailable'}
      data-theme={theme}
      data-reason={reason}
    >
      <p>{strings[MESSAGE[reason]]}</p>
      {children ? <blockquote cite={href}>{children}</blockquote> : null}
      {href ? (
        <p>
          <a href={href} rel={REL}>
            {strings.viewOnX}
          </a>
        </p>
      ) : null}
    </article>
  );
}

import type { ComponentPropsWithRef, ReactNode } from 'react';
import { tweetEn } from '../../i18n/en/tweet.js';
import { tweetStatesEn } from '../../i18n/en/tweet-states.js';
import type { Labels, TweetStateLabels } from '../../i18n/labels.js';
import { localeDir } from '../../i18n/language.js';
import { withLabels } from '../../i18n/pick.js';
import type { ParseError } from '../../model/shared/result.js';
import { safeHttpUrl } from '../../model/shared/url.js';
import type { TweetErrorCode } from '../../model/tweet/types.js';
import { REL } from './context.js';

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
  /** Language of the message (default `en`). */
  locale?: string;
  labels?: Partial<Labels>;
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
  const states = withLabels(tweetStatesEn, labels);
  const href = safeHttpUrl(url);
  return (
    <article
      lang={locale}
      dir={localeDir(locale)}
      {...rest}
      className={className ? `bs-tweet-unavailable ${className}` : 'bs-tweet-unavailable'}
      data-theme={theme}
      data-reason={reason}
    >
      <p>{states[MESSAGE[reason]] ?? states.unavailableInvalid}</p>
      {children ? <blockquote cite={href}>{children}</blockquote> : null}
      {href ? (
        <p>
          <a href={href} rel={REL}>
            {withLabels(tweetEn, labels).viewOnX}
          </a>
        </p>
      ) : null}
    </article>
  );
}

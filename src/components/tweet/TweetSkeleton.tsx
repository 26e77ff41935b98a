import type { ComponentPropsWithRef } from 'react';
import { tweetStatesEn } from '../../i18n/en/tweet-states.js';
import type { Labels } from '../../i18n/labels.js';
import { localeDir } from '../../i18n/language.js';
import { withLabels } from '../../i18n/pick.js';

export interface TweetSkeletonProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  theme?: 'light' | 'dark';
  /** Language of the hidden "loading" text (default `en`). */
  locale?: string;
  labels?: Partial<Labels>;
}

/** The footprint of a tweet while one loads: avatar, name, handle, three lines, media. */
export function TweetSkeleton({ theme, locale = 'en', labels, className, ...rest }: TweetSkeletonProps) {
  return (
    <div
      role="status"
      lang={locale}
      dir={localeDir(locale)}
      {...rest}
      className={className ? `bs-tweet-skeleton ${className}` : 'bs-tweet-skeleton'}
      data-theme={theme}
    >
      <span className="bs-sr">{withLabels(tweetStatesEn, labels).loading}</span>
      <span />
      <span />
      <span />
      <span />
      <span />
      <span />
      <span />
    </div>
  );
}

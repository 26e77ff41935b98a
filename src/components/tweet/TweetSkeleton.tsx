import type { ComponentPropsWithRef } from 'react';
import { localeDir } from './labels.js';
import { type TweetStateLabels, tweetStateLabelsFor } from './state-labels.js';

export interface TweetSkeletonProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  theme?: 'light' | 'dark';
  locale?: string;
  labels?: Partial<TweetStateLabels>;
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
      <span className="bs-sr">{tweetStateLabelsFor(locale, labels).loading}</span>
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

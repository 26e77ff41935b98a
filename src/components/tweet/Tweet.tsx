import type { ComponentPropsWithRef } from 'react';
import type { Tweet as TweetData } from '../../model/tweet.js';
import { defaultComponents, type ImageLoader, REL, type TweetComponents, type TweetContext } from './context.js';
import { localeDir, type TweetLabels, tweetLabelsFor } from './labels.js';
import { TweetBody } from './TweetBody.js';
import { TweetFooter } from './TweetFooter.js';
import { TweetHeader } from './TweetHeader.js';
import { TweetLinkCard } from './TweetLinkCard.js';
import { TweetMedia } from './TweetMedia.js';
import { TweetNested } from './TweetNested.js';
import { TweetPoll } from './TweetPoll.js';

export interface TweetProps extends Omit<ComponentPropsWithRef<'article'>, 'children'> {
  tweet: TweetData;
  /** Sets the colour scheme on this tweet; without it the page's `data-theme` or `prefers-color-scheme` decides. */
  theme?: 'light' | 'dark';
  /** UI language and date/number format (default `en`). */
  locale?: string;
  /** IANA zone for the date (default `UTC`, so server and browser print the same). */
  timeZone?: string;
  /** Replaces any UI string. */
  labels?: Partial<TweetLabels>;
  /** Routes avatars and media through your own image service. */
  imageLoader?: ImageLoader;
  /** `none`: nothing is requested from X's servers; media become their alt text. */
  media?: 'show' | 'none';
  /**
   * Alt text you supply, e.g. for a stored embed, whose photos carry none: keyed
   * by the media URL (a photo's `url`, a video's `poster`) or by position in
   * this tweet's own media (`"0"`–`"3"`). Wins over the text X sent.
   */
  mediaAlt?: Readonly<Record<string, string>>;
  /** Swap parts (`Link`, `Avatar`, `MediaImage`); reaches quoted and parent tweets too. */
  components?: Partial<TweetComponents>;
}

/**
 * The data type shares the component's name, so `import { Tweet }` gives both
 * `<Tweet tweet={…} />` and `const t: Tweet`.
 */
export type Tweet = TweetData;

const asGiven: ImageLoader = (src) => src;

/**
 * A tweet as static HTML: no hooks, no effects, no client JavaScript. Safe in
 * React Server Components and with JavaScript disabled.
 */
export function Tweet({
  tweet,
  theme,
  locale = 'en',
  timeZone = 'UTC',
  labels,
  imageLoader,
  media = 'show',
  mediaAlt,
  components,
  className,
  ...rest
}: TweetProps) {
  const ctx: TweetContext = {
    locale,
    timeZone,
    labels: tweetLabelsFor(locale, labels),
    media,
    mediaAlt,
    load: imageLoader ?? asGiven,
    c: components ? { ...defaultComponents, ...components } : defaultComponents,
  };
  const { Link } = ctx.c;
  const [before, after] = ctx.labels.replyingTo.split('{handle}');
  return (
    <article
      lang={locale}
      dir={localeDir(locale)}
      {...rest}
      className={className ? `bs-tweet ${className}` : 'bs-tweet'}
      data-theme={theme}
      data-media-none={media === 'none' ? '' : undefined}
    >
      {tweet.parent ? <TweetNested tweet={tweet.parent} ctx={ctx} as="parent" /> : null}
      <TweetHeader tweet={tweet} ctx={ctx} />
      {tweet.inReplyTo ? (
        <p className="bs-tweet-replying">
          {before}
          <Link href={tweet.inReplyTo.url} rel={REL} dir="ltr">{`@${tweet.inReplyTo.handle}`}</Link>
          {after}
        </p>
      ) : null}
      <TweetBody tweet={tweet} ctx={ctx} />
      <TweetMedia media={tweet.media} ctx={ctx} own />
      {tweet.card ? <TweetLinkCard card={tweet.card} ctx={ctx} /> : null}
      {tweet.poll ? <TweetPoll poll={tweet.poll} lang={tweet.lang} ctx={ctx} /> : null}
      {tweet.quoted ? <TweetNested tweet={tweet.quoted} ctx={ctx} as="quoted" /> : null}
      <TweetFooter tweet={tweet} ctx={ctx} />
    </article>
  );
}

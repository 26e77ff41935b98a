import type { ComponentPropsWithRef } from 'react';
import { localeDir } from '../../i18n/language.js';
import type { Tweet as TweetData } from '../../model/tweet.js';
import { fillNodes } from '../fill.js';
import { type RenderOptions, resolveOptions, takeOptions } from '../options.js';
import { REL, type TweetComponents, tweetContext } from './context.js';
import { TweetBody } from './TweetBody.js';
import { TweetFooter } from './TweetFooter.js';
import { TweetHeader } from './TweetHeader.js';
import { TweetLinkCard } from './TweetLinkCard.js';
import { TweetMedia } from './TweetMedia.js';
import { TweetNested } from './TweetNested.js';
import { TweetPoll } from './TweetPoll.js';

export interface TweetProps extends Omit<ComponentPropsWithRef<'article'>, 'children'>, RenderOptions {
  /** The tweet to show: a `Tweet` from `parseSyndicationTweet`, `parseTweetEmbed`, `parseTweetText`, `fetchTweet` or your store. */
  tweet: TweetData;
  /** Sets the colour scheme on this tweet; without it the page's `data-theme` or `prefers-color-scheme` decides. */
  theme?: 'light' | 'dark';
  /** Swap parts (`Avatar`, `MediaImage`); reaches quoted and parent tweets too. */
  components?: Partial<TweetComponents>;
}

/**
 * The data type shares the component's name, so `import { Tweet }` gives both
 * `<Tweet tweet={…} />` and `const t: Tweet`.
 */
export type Tweet = TweetData;

/**
 * A tweet as static HTML: no hooks, no effects, no client JavaScript. Safe in
 * React Server Components and with JavaScript disabled.
 */
export function Tweet(props: TweetProps) {
  const [options, { tweet, theme, components, className, ...rest }] = takeOptions(props);
  const ctx = tweetContext(resolveOptions(options), components);
  const { Link } = ctx;
  return (
    <article
      lang={ctx.locale}
      dir={localeDir(ctx.locale)}
      {...rest}
      className={className ? `bs-tweet ${className}` : 'bs-tweet'}
      data-theme={theme}
      data-media-none={ctx.media === 'none' ? '' : undefined}
    >
      {tweet.parent ? <TweetNested tweet={tweet.parent} ctx={ctx} as="parent" /> : null}
      <TweetHeader tweet={tweet} ctx={ctx} />
      {tweet.inReplyTo ? (
        <p className="bs-tweet-replying">
          {fillNodes(ctx.labels.replyingTo, {
            handle: (
              <Link href={tweet.inReplyTo.url} rel={REL} dir="ltr">
                {`@${tweet.inReplyTo.handle}`}
              </Link>
            ),
          })}
        </p>
      ) : null}
      <TweetBody tweet={tweet} ctx={ctx} />
      <TweetMedia media={tweet.media} ctx={ctx} />
      {tweet.card ? <TweetLinkCard card={tweet.card} ctx={ctx} /> : null}
      {tweet.poll ? <TweetPoll poll={tweet.poll} lang={tweet.lang} ctx={ctx} /> : null}
      {tweet.quoted ? <TweetNested tweet={tweet.quoted} ctx={ctx} as="quoted" /> : null}
      <TweetFooter tweet={tweet} ctx={ctx} />
    </article>
  );
}

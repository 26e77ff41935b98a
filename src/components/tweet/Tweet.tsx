import type { ComponentPropsWithRef } from 'react';
import { localeDir } from '../../i18n/language.js';
import type { Tweet as TweetData } from '../../model/tweet/types.js';
import { fillNodes } from '../fill.js';
import { linkHref } from '../gate.js';
import type { RenderOptions } from '../options.js';
import { REL, type TweetComponents, tweetContext } from './context.js';
import { networkOf } from './network.js';
import { tweetAudio } from './TweetAudio.js';
import { tweetBody } from './TweetBody.js';
import { tweetFooter } from './TweetFooter.js';
import { tweetHeader } from './TweetHeader.js';
import { tweetLinkCard } from './TweetLinkCard.js';
import { tweetMedia } from './TweetMedia.js';
import { tweetNested } from './TweetNested.js';
import { tweetNote } from './TweetNote.js';
import { tweetPoll } from './TweetPoll.js';
import { tweetRepost } from './TweetRepost.js';
import { tweetWarning } from './TweetWarning.js';

export interface TweetProps extends Omit<ComponentPropsWithRef<'article'>, 'children'>, RenderOptions {
  /** The tweet to show: a `Tweet` from `parseSyndicationTweet`, `parseTweetEmbed`, `parseTweetText`, `fetchTweet` or your store. */
  tweet: TweetData;
  /** Sets the colour scheme on this tweet; without it the page's `data-theme` or `prefers-color-scheme` decides. */
  theme?: 'light' | 'dark';
  /**
   * Alt text you supply, e.g. for a stored embed, whose photos carry none: keyed
   * by the media URL (a photo's `url`, a video's `poster`) or by position in
   * this tweet's own media (`"0"`–`"3"`). Wins over the text X sent.
   */
  mediaAlt?: Readonly<Record<string, string>>;
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
 * React Server Components and with JavaScript disabled. The only component:
 * its parts are plain functions called with the resolved options.
 */
export function Tweet(props: TweetProps) {
  // The options are read from props once, in tweetContext; they are taken out here only to keep them off the DOM.
  const {
    tweet,
    theme,
    components,
    mediaAlt,
    className,
    locale,
    timeZone,
    labels,
    imageLoader,
    media,
    Link: _Link,
    ...rest
  } = props;
  const network = networkOf(tweet);
  const ctx = tweetContext(props, network);
  const { Link } = ctx;
  const replyUrl = linkHref(tweet.inReplyTo?.url);
  return (
    <article
      lang={ctx.locale}
      dir={localeDir(ctx.locale)}
      {...rest}
      className={className ? `bs-tweet ${className}` : 'bs-tweet'}
      data-theme={theme}
      data-media-none={ctx.media === 'none' ? '' : undefined}
      data-network={network === 'x' ? undefined : network}
    >
      {tweet.repostedBy ? tweetRepost(tweet.repostedBy, network, ctx) : null}
      {tweet.parent ? tweetNested(tweet.parent, ctx, 'parent') : null}
      {tweetHeader(tweet, ctx)}
      {tweet.inReplyTo && replyUrl ? (
        <p className="bs-tweet-replying">
          {fillNodes(ctx.labels.replyingTo, {
            handle: (
              <Link href={replyUrl} rel={REL} dir="ltr">
                {`@${tweet.inReplyTo.handle}`}
              </Link>
            ),
          })}
        </p>
      ) : null}
      {tweetWarning(
        tweet,
        ctx,
        <>
          {tweetBody(tweet, ctx)}
          {tweetMedia(tweet.media, ctx, true)}
          {tweet.audio ? tweetAudio(tweet.audio, ctx) : null}
          {tweet.card ? tweetLinkCard(tweet.card, ctx) : null}
          {tweet.poll ? tweetPoll(tweet.poll, tweet.lang, ctx) : null}
          {tweet.quoted ? tweetNested(tweet.quoted, ctx, 'quoted') : null}
        </>,
      )}
      {tweet.note ? tweetNote(tweet.note, ctx) : null}
      {tweetFooter(tweet, ctx)}
    </article>
  );
}

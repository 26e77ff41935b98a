import type { ComponentPropsWithRef } from 'react';
import { localeDir } from '../../i18n/language.js';
import type { Tweet as TweetData } from '../../model/tweet/types.js';
import { fillNodes } from '../fill.js';
import { linkHref } from '../gate.js';
import { type RenderOptions, resolveOptions, takeOptions } from '../options.js';
import { REL, type TweetComponents, tweetContext } from './context.js';
import { networkOf } from './network.js';
import { TweetAudio } from './TweetAudio.js';
import { TweetBody } from './TweetBody.js';
import { TweetFooter } from './TweetFooter.js';
import { TweetHeader } from './TweetHeader.js';
import { TweetLinkCard } from './TweetLinkCard.js';
import { TweetMedia } from './TweetMedia.js';
import { TweetNested } from './TweetNested.js';
import { TweetNote } from './TweetNote.js';
import { TweetPoll } from './TweetPoll.js';
import { TweetRepost } from './TweetRepost.js';
import { TweetWarning } from './TweetWarning.js';

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
 * React Server Components and with JavaScript disabled.
 */
export function Tweet(props: TweetProps) {
  const [options, { tweet, theme, components, mediaAlt, className, ...rest }] = takeOptions(props);
  const ctx = tweetContext(resolveOptions(options), components, mediaAlt, networkOf(tweet));
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
      data-network={tweet.network && tweet.network !== 'x' ? tweet.network : undefined}
    >
      {tweet.repostedBy ? <TweetRepost by={tweet.repostedBy} network={networkOf(tweet)} ctx={ctx} /> : null}
      {tweet.parent ? <TweetNested tweet={tweet.parent} ctx={ctx} as="parent" /> : null}
      <TweetHeader tweet={tweet} ctx={ctx} />
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
      <TweetWarning tweet={tweet} ctx={ctx}>
        <TweetBody tweet={tweet} ctx={ctx} />
        <TweetMedia media={tweet.media} ctx={ctx} own />
        {tweet.audio ? <TweetAudio audio={tweet.audio} ctx={ctx} /> : null}
        {tweet.card ? <TweetLinkCard card={tweet.card} ctx={ctx} /> : null}
        {tweet.poll ? <TweetPoll poll={tweet.poll} lang={tweet.lang} ctx={ctx} /> : null}
        {tweet.quoted ? <TweetNested tweet={tweet.quoted} ctx={ctx} as="quoted" /> : null}
      </TweetWarning>
      {tweet.note ? <TweetNote note={tweet.note} ctx={ctx} /> : null}
      <TweetFooter tweet={tweet} ctx={ctx} />
    </article>
  );
}

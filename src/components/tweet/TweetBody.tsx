import { htmlLang } from '../../i18n/language.js';
import type { Tweet } from '../../model/tweet/types.js';
import { fullTextUrl, REL, type TweetContext } from './context.js';
import { pushSegments, pushText } from './TweetSegments.js';

/** The post's text, then "Show more" when X cut it short. */
export function tweetBody(tweet: Tweet, ctx: TweetContext) {
  const { Link } = ctx;
  const lang = htmlLang(tweet.lang);
  const more = tweet.truncated ? fullTextUrl(tweet) : undefined;
  // A stored Mastodon embed carries no text: no empty paragraph for it.
  if (tweet.body.length === 0 && !more && tweet.network === 'mastodon') return null;
  const children = pushSegments([], tweet.body, ctx);
  if (more) {
    pushText(children, ' ');
    children.push(
      <Link key="more" className="bs-tweet-more" href={more} rel={REL} lang={lang ? ctx.locale : undefined}>
        {ctx.labels.showMore}
      </Link>,
    );
  }
  return (
    <p className="bs-tweet-body" lang={lang} dir={tweet.dir ?? 'auto'}>
      {children}
    </p>
  );
}

import { Fragment, type ReactNode } from 'react';
import { htmlLang } from '../../i18n/language.js';
import type { Tweet } from '../../model/tweet/types.js';
import { fullTextUrl, REL, type TweetContext } from './context.js';
import { TweetSegments } from './TweetSegments.js';

/**
 * Text keeps its line breaks as <br>, so they survive without the stylesheet
 * (feeds, reader modes). Old tweets break lines with a bare \r.
 */
export function lines(text: string, key: number | string = 0): ReactNode {
  if (!/[\r\n]/.test(text)) return text;
  return text.split(/\r\n?|\n/).map((line, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: lines of one immutable string
    <Fragment key={`${key}.${i}`}>
      {i > 0 ? <br /> : null}
      {line}
    </Fragment>
  ));
}

/*
 * Each entity is its own direction island: "@handle" and URLs are left to
 * right even inside Persian text (else the @ lands on the wrong end), and a
 * hashtag takes the direction of its own script.
 */
export function TweetBody({ tweet, ctx }: { tweet: Tweet; ctx: TweetContext }) {
  const { Link } = ctx;
  const lang = htmlLang(tweet.lang);
  const more = tweet.truncated ? fullTextUrl(tweet) : undefined;
  // A stored Mastodon embed carries no text: no empty paragraph for it.
  if (tweet.body.length === 0 && !more && tweet.network === 'mastodon') return null;
  return (
    <p className="bs-tweet-body" lang={lang} dir={tweet.dir ?? 'auto'}>
      <TweetSegments segments={tweet.body} ctx={ctx} />
      {more ? (
        <>
          {' '}
          <Link className="bs-tweet-more" href={more} rel={REL} lang={lang ? ctx.locale : undefined}>
            {ctx.labels.showMore}
          </Link>
        </>
      ) : null}
    </p>
  );
}

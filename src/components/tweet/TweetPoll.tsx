import type { CSSProperties } from 'react';
import { fillLabel } from '../../i18n/fill.js';
import { htmlLang } from '../../i18n/language.js';
import type { TweetPoll as Poll } from '../../model/tweet/types.js';
import { fillNodes } from '../fill.js';
import { formatCount, formatDateTime, formatPercent } from '../format.js';
import type { TweetContext } from './context.js';

/**
 * Choices with their share as text and as a bar (drawn by CSS from
 * `--bs-share`), then the vote total and whether voting has ended. An open
 * poll says when it ends as a date, not "2 days left": static HTML is cached
 * and "left" would go stale, a date never does.
 */
export function tweetPoll(poll: Poll, lang: string | undefined, ctx: TweetContext) {
  const { labels, locale } = ctx;
  // A fold, not Math.max(...): a stored poll can hold more choices than a call takes arguments.
  const top = poll.choices.reduce((most, c) => Math.max(most, c.count), 0);
  const ends = poll.endsAt ? formatDateTime(poll.endsAt, locale, ctx.timeZone) : undefined;
  const votes = fillLabel(labels.pollVotes, { count: formatCount(poll.total, locale) });
  return (
    <>
      {/* The choices are the author's words, in the tweet's language. */}
      <ol className="bs-tweet-poll" lang={htmlLang(lang)} dir="auto">
        {poll.choices.map((choice, i) => {
          const share = poll.total > 0 ? choice.count / poll.total : 0;
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: choices never reorder
              key={i}
              style={{ '--bs-share': `${(share * 100).toFixed(1)}%` } as CSSProperties}
              data-leading={poll.ended && top > 0 && choice.count === top ? '' : undefined}
            >
              <span>{choice.label}</span> <span>{formatPercent(share, locale)}</span>
            </li>
          );
        })}
      </ol>
      {/* Whole strings where possible: each text node beside another costs a `<!-- -->` in the HTML. */}
      <p className="bs-tweet-poll-meta">
        {poll.ended
          ? `${votes} · ${labels.pollFinal}`
          : ends && poll.endsAt
            ? fillNodes(labels.pollEnds, { date: <time dateTime={poll.endsAt}>{ends}</time> }, `${votes} · `)
            : votes}
      </p>
    </>
  );
}

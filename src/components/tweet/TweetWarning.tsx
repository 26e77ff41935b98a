import type { ReactNode } from 'react';
import { htmlLang } from '../../i18n/language.js';
import type { ContentLabel, Tweet } from '../../model/tweet/types.js';
import { fillNodes } from '../fill.js';
import type { TweetContext } from './context.js';

const LABEL_KEYS = {
  sexual: 'labelSexual',
  nudity: 'labelNudity',
  porn: 'labelPorn',
  'graphic-media': 'labelGraphicMedia',
  warn: 'labelWarn',
  sensitive: 'labelSensitive',
} as const satisfies Record<ContentLabel, string>;

/**
 * A post behind a content warning starts collapsed in a native `<details>`:
 * it opens on a click or a key press with no script, and reading it stays the
 * reader's choice. The summary is the author's own warning (in the post's
 * language) or the labels' names (in the UI's).
 */
export function tweetWarning(tweet: Tweet, ctx: TweetContext, content: ReactNode): ReactNode {
  const warning = tweet.contentWarning;
  if (!warning || (!warning.text && !warning.labels?.length)) return content;
  const names = [...new Set((warning.labels ?? []).map((label) => ctx.labels[LABEL_KEYS[label]]))];
  return (
    <details className="bs-tweet-warning">
      <summary>
        {fillNodes(ctx.labels.contentWarning, {
          text: warning.text ? (
            <span lang={htmlLang(tweet.lang)} dir="auto">
              {warning.text}
            </span>
          ) : (
            names.join(', ')
          ),
        })}
      </summary>
      {content}
    </details>
  );
}

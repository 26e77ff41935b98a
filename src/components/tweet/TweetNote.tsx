import type { TweetNote as Note } from '../../model/tweet/types.js';
import { linkHref } from '../gate.js';
import { REL, type TweetContext } from './context.js';
import { pushSegments } from './TweetSegments.js';

/**
 * An X Community Note under the post, headed as X heads it and linking to
 * the note's page. Its own landmark-free section: the heading names it.
 */
export function tweetNote(note: Note, ctx: TweetContext) {
  const { Link } = ctx;
  const url = linkHref(note.url);
  return (
    <section className="bs-tweet-note" aria-label={ctx.labels.communityNote}>
      <p className="bs-tweet-note-title">{ctx.labels.communityNote}</p>
      <p className="bs-tweet-note-body" dir="auto">
        {pushSegments([], note.body, ctx)}
      </p>
      {url ? (
        <Link className="bs-tweet-note-link" href={url} rel={REL}>
          {ctx.labels.communityNoteLink}
        </Link>
      ) : null}
    </section>
  );
}

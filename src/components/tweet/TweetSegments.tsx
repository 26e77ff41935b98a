import { Fragment } from 'react';
import type { TweetSegment } from '../../model/tweet/types.js';
import { linkHref } from '../gate.js';
import { REL, type TweetContext } from './context.js';
import { lines } from './TweetBody.js';
import { TweetEmoji } from './TweetEmoji.js';

/*
 * Text, links and custom emoji of a post (or a Community Note). Each entity
 * is its own direction island: "@handle" and URLs are left to right even
 * inside Persian text (else the @ lands on the wrong end), and a hashtag
 * takes the direction of its own script.
 */
export function TweetSegments({ segments, ctx }: { segments: readonly TweetSegment[]; ctx: TweetContext }) {
  const { Link } = ctx;
  return segments.map((segment, i) => {
    if (segment.type === 'text' && segment.emoji) {
      // biome-ignore lint/suspicious/noArrayIndexKey: segments never reorder
      return <TweetEmoji key={i} code={segment.text} src={segment.emoji} ctx={ctx} />;
    }
    const href = segment.type === 'text' ? undefined : linkHref(segment.href);
    // A link whose URL fails the gate stays its text.
    // biome-ignore lint/suspicious/noArrayIndexKey: segments never reorder
    if (href === undefined) return <Fragment key={i}>{lines(segment.text, i)}</Fragment>;
    return (
      // biome-ignore lint/suspicious/noArrayIndexKey: segments never reorder
      <Link key={i} href={href} rel={REL} dir={segment.type === 'hashtag' ? 'auto' : 'ltr'}>
        {segment.text}
      </Link>
    );
  });
}

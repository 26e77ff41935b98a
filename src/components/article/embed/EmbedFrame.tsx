import type { ReactNode } from 'react';
import { SkipLink } from './SkipLink.js';

export interface EmbedFrameProps {
  /** Unique in the page: the skip link's target is `${id}-end`. */
  id: string;
  skipLabel: string;
  endLabel: string;
  provider: string;
  children: ReactNode;
}

/**
 * Wraps an embed (a tweet, a video card) with a link that jumps past it and a
 * focusable marker after it: keyboard and screen-reader users meet an embed's
 * many links and controls only if they choose to.
 */
export function EmbedFrame({ id, skipLabel, endLabel, provider, children }: EmbedFrameProps) {
  const endId = `${id}-end`;
  return (
    <div className="bs-embed" data-provider={provider}>
      <SkipLink target={endId}>{skipLabel}</SkipLink>
      {children}
      {/* tabIndex -1: following the skip link moves focus here, so Tab continues after the embed. */}
      <p className="bs-embed-end bs-sr-focusable" id={endId} tabIndex={-1}>
        {endLabel}
      </p>
    </div>
  );
}

'use client';

import type { MouseEvent } from 'react';

export interface SkipLinkProps {
  /** The id of the focusable element to jump to. */
  target: string;
  children: string;
}

/**
 * A link to `#target` that works without JavaScript, and with it moves focus
 * itself: a fragment link resolves against `<base href>` (and Storybook's
 * `<base target>`), which would turn a skip into a page load.
 */
export function SkipLink({ target, children }: SkipLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const end = event.currentTarget.ownerDocument.getElementById(target);
    if (!end) return;
    event.preventDefault();
    end.focus();
  };
  return (
    <a className="bs-skip bs-sr-focusable" href={`#${target}`} onClick={onClick}>
      {children}
    </a>
  );
}

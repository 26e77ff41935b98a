// The client islands as a React Server Component runtime sees them when it
// loads Broadsheet without a bundler (Node's own loader with
// `--conditions=react-server`, or Next.js with the package in
// `serverExternalPackages`). There nothing turns a 'use client' module into a
// client reference, React has no useState or useEffect, and the island's code
// would run on the server. The build points each island's module at this file
// under the `react-server` condition (package.json "imports": "#island/*").
// Each stand-in renders what the page is without JavaScript; a bundler that
// knows 'use client' never loads it, and the browser gets the real island.
import type { ConsentGateProps } from './components/article/embed/ConsentGate.js';
import type { SkipLinkProps } from './components/article/embed/SkipLink.js';
import type { ListenToStoryProps } from './components/article/listen/ListenToStory.js';

/** The text-only rendering: nothing on the server can ask the reader, so no third-party media. */
export function ConsentGate({ fallback }: ConsentGateProps) {
  return <div className="bs-consent">{fallback}</div>;
}

/** Nothing: without a script there is no player, and a button that does nothing would mislead. */
export function ListenToStory(_props: ListenToStoryProps) {
  return null;
}

/** A plain fragment link, which skips the embed without JavaScript too. */
export function SkipLink({ target, children }: SkipLinkProps) {
  return (
    <a className="bs-skip bs-sr-focusable" href={`#${target}`}>
      {children}
    </a>
  );
}

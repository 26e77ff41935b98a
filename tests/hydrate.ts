import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { vi } from 'vitest';

export interface HydrationReport {
  /** console.error and console.warn calls during hydration (React reports mismatches there). */
  logged: string[];
  /** Errors React recovered from by re-rendering on the client. */
  recoverable: unknown[];
  /** The DOM after hydration differs from the server's HTML. */
  changed: boolean;
}

/** Puts server HTML in the document, hydrates `element` over it, and reports what went wrong. */
export async function hydrateServerHtml(serverHtml: string, element: ReactElement): Promise<HydrationReport> {
  const container = document.createElement('div');
  container.innerHTML = serverHtml;
  document.body.append(container);
  // A browser's parser sets a <video muted>'s muted state from the attribute; jsdom doesn't.
  for (const video of container.querySelectorAll('video')) video.muted = video.hasAttribute('muted');
  const before = container.innerHTML;
  const logged: string[] = [];
  const record = (...args: unknown[]) => logged.push(args.map(String).join(' ').slice(0, 400));
  const errors = vi.spyOn(console, 'error').mockImplementation(record);
  const warnings = vi.spyOn(console, 'warn').mockImplementation(record);
  const recoverable: unknown[] = [];
  try {
    const root = await act(async () =>
      hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) }),
    );
    const changed = container.innerHTML !== before;
    act(() => root.unmount());
    return { logged, recoverable, changed };
  } finally {
    errors.mockRestore();
    warnings.mockRestore();
    container.remove();
  }
}

// Built by stories.test.ts for Chromium: hydrates every story over the
// server's HTML with React's development build, which reports each mismatch.
import { hydrateRoot } from 'react-dom/client';
import { stories } from './stories.js';

declare global {
  interface Window {
    hydration: { hydrated: number; recoverable: string[] };
  }
}

window.hydration = { hydrated: 0, recoverable: [] };
for (const { id, Story } of stories) {
  const container = document.getElementById(id);
  if (!container) continue;
  hydrateRoot(container, <Story />, {
    onRecoverableError: (error) => window.hydration.recoverable.push(`${id}: ${String(error)}`),
  });
  window.hydration.hydrated += 1;
}

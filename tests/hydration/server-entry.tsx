// Built by stories.test.ts and run in its own Node process with TZ set: every
// story rendered to HTML, printed as JSON with the zone it really ran in.
import { renderToString } from 'react-dom/server';
import { stories } from './stories.js';

const html: Record<string, string> = {};
for (const { id, Story } of stories) html[id] = renderToString(<Story />);
process.stdout.write(
  JSON.stringify({
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    offset: new Date('2025-01-01T00:00:00Z').getTimezoneOffset(),
    html,
  }),
);

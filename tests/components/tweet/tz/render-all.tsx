// Bundled and run in a separate Node process by hydration.test.tsx, with TZ set
// there: prints the server HTML of every fixture tweet as JSON.
import { renderToString } from 'react-dom/server';
import { Tweet } from '../../../../src/components/tweet/Tweet.js';
import { parsed, tweetPayloads } from '../fixtures.js';

const html = Object.fromEntries(tweetPayloads.map((p) => [p.id, renderToString(<Tweet tweet={parsed(p.raw)} />)]));
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
process.stdout.write(JSON.stringify({ zone, offset: new Date(0).getTimezoneOffset(), html }));

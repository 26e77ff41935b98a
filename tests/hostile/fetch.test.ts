// fetchTweet is total: every case of issue 10 settles with a typed error,
// replaying a recorded payload through an injected fetch (X's network API is
// the one outside boundary). The cases are the table every fetch helper
// shares (fetch-cases.ts); the Bluesky and Mastodon helpers run it in
// tests/model/social-fetch.test.ts.
import { fetchTweet } from '../../src/model/tweet/fetch.js';
import { ownSyndication } from '../shared.js';
import { describeHostileFetch } from './fetch-cases.js';

// One of the project's own payloads, so the suite runs without ../shared.
const recorded = ownSyndication()[0];
if (recorded === undefined) throw new Error('no payloads in tests/fixtures/syndication');
const id = (recorded.payload as { id_str: string }).id_str;

describeHostileFetch({
  helper: fetchTweet,
  input: id,
  other: id === '1' ? '2' : '1',
  wrongCode: 'wrong-tweet',
  payload: JSON.stringify(recorded.payload),
  id,
});

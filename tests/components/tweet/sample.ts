import type { Tweet } from '../../../src/index.js';

/** A hand-built tweet touching every part, for tests that need no fixture. */
export function sampleTweet(overrides: Partial<Tweet> = {}): Tweet {
  return {
    id: '1760026533688246305',
    url: 'https://x.com/harbourwx/status/1760026533688246305',
    author: {
      name: 'Harbour Weather',
      handle: 'harbourwx',
      url: 'https://x.com/harbourwx',
      avatarUrl: 'https://pbs.twimg.com/profile_images/1/a_normal.jpg',
      verified: 'blue',
    },
    createdAt: '2024-02-20T18:04:05.000Z',
    lang: 'en',
    dir: 'ltr',
    body: [
      { type: 'text', text: 'Gusts up to 90 km/h tonight\nStay safe ' },
      { type: 'hashtag', text: '#StormWatch', href: 'https://x.com/hashtag/StormWatch' },
      { type: 'text', text: ' with ' },
      { type: 'mention', text: '@CityRiverOps', href: 'https://x.com/CityRiverOps' },
    ],
    media: [{ type: 'photo', url: 'https://pbs.twimg.com/media/a.jpg', alt: 'Radar map', width: 1200, height: 675 }],
    counts: { replies: 4, likes: 1234 },
    source: 'syndication',
    ...overrides,
  };
}

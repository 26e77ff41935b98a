import { describe, expect, it } from 'vitest';
import { matchTweetSignature, parseTweetText, readTweetLines } from '../../../src/model/tweet/text.js';
import type { Tweet } from '../../../src/model/tweet/types.js';
import { readFixture } from '../../shared.js';

const seedLines = readFixture('texts/seed.txt').split('\n');

function parsed(text: string): Tweet {
  const result = parseTweetText(text);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A seed tweet as the article parser will hand it over: its two lines and the signature line. */
function seedTweet(handle: string): string {
  const at = seedLines.findIndex((line) => line.includes(`(@${handle})`));
  expect(at).toBeGreaterThan(1);
  return seedLines.slice(at - 2, at + 1).join('\n');
}

describe('matchTweetSignature', () => {
  it('finds exactly the two signature lines of the seed article', () => {
    const found = seedLines.map(matchTweetSignature).filter((s) => s !== undefined);
    expect(found).toEqual([
      { name: 'Sean ®️', handle: 'tint1281481', date: '2025-02-07T00:00:00.000Z', dateText: 'February 7, 2025' },
      { name: 'Madam Bè', handle: '0xm0m0', date: '2025-02-07T00:00:00.000Z', dateText: 'February 7, 2025' },
    ]);
  });

  it.each([
    ['&mdash; City River Ops (@CityRiverOps) March 3, 2024', 'City River Ops', '2024-03-03'],
    ['– Jean-Luc (@picard) 12 Sep 2023', 'Jean-Luc', '2023-09-12'],
    ['- Harbour Desk (@harbourwx) Jan 9, 2020', 'Harbour Desk', '2020-01-09'],
    ['— NASA&#39;s Rover (@NASAPersevere)', "NASA's Rover", undefined],
  ])('reads %j', (line, name, day) => {
    const signature = matchTweetSignature(line);
    expect(signature?.name).toBe(name);
    expect(signature?.date?.slice(0, 10)).toBe(day);
  });

  it.each([
    'Just a line of article text.',
    '— a quote from someone (@handle) who said more',
    'He wrote — City River Ops (@CityRiverOps) March 3, 2024',
    '— (@handle) March 3, 2024',
    '— Name (@handle) February 30, 2024',
  ])('rejects %j', (line) => {
    expect(matchTweetSignature(line)).toBeUndefined();
  });
});

describe('parseTweetText on the seed tweets', () => {
  it('reads the first tweet: author, date, text, truncation and the media link', () => {
    const tweet = parsed(seedTweet('tint1281481'));
    expect(tweet.author).toEqual({ name: 'Sean ®️', handle: 'tint1281481', url: 'https://x.com/tint1281481' });
    expect(tweet.createdAt).toBe('2025-02-07T00:00:00.000Z');
    expect(tweet.truncated).toBe(true);
    expect(tweet.source).toBe('text');
    expect(tweet.body[0]).toEqual({
      type: 'text',
      text: 'Not sure why people think threatening Trump is a smart move 👇🏻\nIran\'s Supreme Leader, Ayatollah Ali Khamenei, has declared that negotiations with the United States are "not intelligent, wise or honorable," emphasizing that such talks have not resolved Iran\'s issues based on past… ',
    });
    expect(tweet.body[1]).toEqual({
      type: 'media',
      text: 'pic.twitter.com/7NDbgdyU1u',
      href: 'https://pic.twitter.com/7NDbgdyU1u',
    });
    expect(tweet.body).toHaveLength(2);
  });

  it('reads the second tweet', () => {
    const tweet = parsed(seedTweet('0xm0m0'));
    expect(tweet.author.name).toBe('Madam Bè');
    expect(tweet.author.handle).toBe('0xm0m0');
    expect(tweet.createdAt).toBe('2025-02-07T00:00:00.000Z');
    expect(tweet.truncated).toBe(true);
    const text = tweet.body.map((s) => s.text).join('');
    expect(
      text.startsWith(
        '🚨 BREAKING NEWS🚨 Iran\'s Supreme Leader rejects Trump\'s nuclear deal offer, calling it "not smart." 🚨\n',
      ),
    ).toBe(true);
    expect(text.endsWith("threatened to 'obliterate' the… pic.twitter.com/JOvpZOxD9t")).toBe(true);
    expect(tweet.body.filter((s) => s.type !== 'text')).toEqual([
      { type: 'media', text: 'pic.twitter.com/JOvpZOxD9t', href: 'https://pic.twitter.com/JOvpZOxD9t' },
    ]);
  });
});

describe('parseTweetText', () => {
  it('links hashtags, mentions, cashtags and URLs, and decodes escaped text', () => {
    const tweet = parsed(
      'Gates close at 6pm &amp; reopen at 8 #StormWatch @CityRiverOps $TSLA https://example.org/live\n&mdash; River Desk (@riverdesk) March 3, 2024',
    );
    expect(tweet.body.map((s) => s.type)).toEqual([
      'text',
      'hashtag',
      'text',
      'mention',
      'text',
      'cashtag',
      'text',
      'url',
    ]);
    expect(tweet.body[0]?.text).toBe('Gates close at 6pm & reopen at 8 ');
    expect(tweet.truncated).toBeUndefined();
  });

  it('does not call a text truncated for an ellipsis without a link after it', () => {
    expect(parsed('Wait for it…\n— A (@a) May 1, 2024').truncated).toBeUndefined();
  });

  it('warns about lines after the signature', () => {
    const result = parseTweetText('Hello\n— A (@a) May 1, 2024\nRead more');
    expect(result.ok && result.warnings).toHaveLength(1);
  });

  it.each([
    ['', 'empty'],
    ['   \n  ', 'empty'],
    ['Hello world, no author here', 'no-signature'],
    ['— A (@a) May 1, 2024', 'empty'],
  ])('rejects %j with %s', (text, code) => {
    expect(parseTweetText(text)).toMatchObject({ ok: false, error: { code } });
  });
});

describe('readTweetLines', () => {
  it('reads lines the way parseTweetText reads the same text', () => {
    for (const handle of ['tint1281481', '0xm0m0']) {
      const text = seedTweet(handle);
      expect(readTweetLines(text.split('\n'))).toEqual(parseTweetText(text));
    }
  });

  it('warns about lines after the signature and fails without one', () => {
    const lines = ['Hello', '— A (@a) May 1, 2020', 'trailing'];
    expect(readTweetLines(lines)).toMatchObject({ ok: true, warnings: [expect.stringMatching(/after the author/)] });
    expect(readTweetLines(['Hello'])).toMatchObject({ ok: false, error: { code: 'no-signature' } });
  });
});

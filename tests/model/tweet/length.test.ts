import { describe, expect, it } from 'vitest';
import { MAX_TWEET_WEIGHT, tweetWeight } from '../../../src/model/tweet/length.js';

describe('tweetWeight: X’s weighted length', () => {
  it('counts Latin text one per character, newlines included', () => {
    expect(tweetWeight('Hello, world')).toBe(12);
    expect(tweetWeight('a\nb')).toBe(3);
    expect(tweetWeight('café naïve Straße')).toBe(17);
  });

  it('counts CJK characters two each, so 140 fill a tweet', () => {
    expect(tweetWeight('日本語')).toBe(6);
    expect(tweetWeight('あ'.repeat(140))).toBe(MAX_TWEET_WEIGHT);
  });

  it('counts an emoji two, however many code points it has', () => {
    expect(tweetWeight('🚨')).toBe(2);
    expect(tweetWeight('👇🏻')).toBe(2);
    expect(tweetWeight('👩‍👩‍👧‍👦')).toBe(2);
    expect(tweetWeight('🇬🇧')).toBe(2);
  });

  it('counts any URL as 23', () => {
    expect(tweetWeight('https://t.co/BJfpGupUmp')).toBe(23);
    expect(tweetWeight(`see https://news.example/${'a'.repeat(200)}`)).toBe(4 + 23);
    expect(tweetWeight('pic.twitter.com/7NDbgdyU1u')).toBe(23);
  });

  it('normalises first, so a decomposed accent is one character', () => {
    expect(tweetWeight('e\u0301')).toBe(1);
  });
});

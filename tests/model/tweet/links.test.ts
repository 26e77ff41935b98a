import { describe, expect, it } from 'vitest';
import { contentDir } from '../../../src/i18n/language.js';
import { classifyXLink, parseStatusUrl } from '../../../src/model/tweet/links.js';

describe('links on X', () => {
  it.each([
    ['https://twitter.com/NASA/status/1362831783444717568?ref_src=twsrc%5Etfw', '1362831783444717568', 'NASA'],
    ['https://x.com/NASA/status/1362831783444717568/photo/1', '1362831783444717568', 'NASA'],
    ['https://mobile.twitter.com/NASA/statuses/1362831783444717568', '1362831783444717568', 'NASA'],
    ['https://twitter.com/i/web/status/1362831783444717568', '1362831783444717568', undefined],
  ])('reads the status link %s', (href, id, handle) => {
    expect(parseStatusUrl(href)).toEqual(handle === undefined ? { id } : { id, handle });
  });

  it.each([
    'https://evil.example/NASA/status/1362831783444717568',
    'https://twitter.com.evil.example/NASA/status/1',
    'javascript:alert(1)//twitter.com/a/status/1',
    'https://twitter.com/NASA/status/abc',
  ])('does not take %s for a status', (href) => {
    expect(parseStatusUrl(href)).toBeUndefined();
  });

  it('classifies what a link on X points to', () => {
    expect(classifyXLink('https://twitter.com/hashtag/%D8%A8%D9%86%D8%AF%D8%B1?src=hash')).toEqual({
      kind: 'hashtag',
      tag: 'بندر',
    });
    expect(classifyXLink('https://twitter.com/search?q=%24TSLA&src=ctag')).toEqual({ kind: 'cashtag', symbol: 'TSLA' });
    expect(classifyXLink('https://twitter.com/MarkDrakeford?ref_src=twsrc%5Etfw')).toEqual({
      kind: 'mention',
      handle: 'MarkDrakeford',
    });
    expect(classifyXLink('https://twitter.com/explore')).toBeUndefined();
    expect(classifyXLink('https://example.com/MarkDrakeford')).toBeUndefined();
  });
});

// Tweets take their direction from i18n/language, the list the components use too.
describe('the direction of a tweet’s language', () => {
  it('picks a direction from the language', () => {
    expect(contentDir('fa')).toBe('rtl');
    expect(contentDir('ar-EG')).toBe('rtl');
    expect(contentDir('ja')).toBe('ltr');
    expect(contentDir('qme')).toBe('auto');
    expect(contentDir(undefined)).toBe('auto');
  });
});

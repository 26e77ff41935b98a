import { describe, expect, it } from 'vitest';
import { isTweetId, snowflakeToIso } from '../../src/model/snowflake.js';
import { parseSignatureDate } from '../../src/model/tweet-date.js';
import { classifyXLink, dirForLang, parseStatusUrl } from '../../src/model/tweet-links.js';
import { ownSyndication, sharedSyndication } from '../shared.js';

describe('snowflakeToIso', () => {
  it('reads the time out of a snowflake id, agreeing with created_at in the payloads', () => {
    for (const fixture of [...ownSyndication(), ...sharedSyndication('syndication')]) {
      if (fixture.key === 'tombstone') continue;
      const payload = fixture.payload as { id_str: string; created_at: string };
      const fromId = Date.parse(snowflakeToIso(payload.id_str) ?? '');
      // created_at is rounded down to the second.
      expect(fromId - Date.parse(payload.created_at)).toBeGreaterThanOrEqual(0);
      expect(fromId - Date.parse(payload.created_at)).toBeLessThan(1000);
    }
  });

  it.each(['20', '20000000000', '', 'abc', '1'.repeat(21)])('has no time for %j', (id) => {
    expect(snowflakeToIso(id)).toBeUndefined();
  });

  it('accepts only 1–20 digits as an id', () => {
    expect(isTweetId('1')).toBe(true);
    expect(isTweetId('9'.repeat(20))).toBe(true);
    expect(isTweetId('9'.repeat(21))).toBe(false);
    expect(isTweetId(123)).toBe(false);
  });
});

describe('parseSignatureDate', () => {
  it.each([
    ['February 7, 2025', '2025-02-07T00:00:00.000Z'],
    ['Feb 7, 2025', '2025-02-07T00:00:00.000Z'],
    ['Sept. 30, 2024', '2024-09-30T00:00:00.000Z'],
    ['7 February 2025', '2025-02-07T00:00:00.000Z'],
    ['February 30, 2024', undefined],
    ['Febuary 7, 2025', undefined],
    ['۷ فوریهٔ ۲۰۲۵', undefined],
    ['March 1, 1999', undefined],
  ])('%j → %s', (text, iso) => {
    expect(parseSignatureDate(text)).toBe(iso);
  });
});

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

  it('picks a direction from the language', () => {
    expect(dirForLang('fa')).toBe('rtl');
    expect(dirForLang('ar-EG')).toBe('rtl');
    expect(dirForLang('ja')).toBe('ltr');
    expect(dirForLang('qme')).toBe('auto');
    expect(dirForLang(undefined)).toBe('auto');
  });
});

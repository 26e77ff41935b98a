import { describe, expect, it } from 'vitest';
import { isTweetId, snowflakeToIso } from '../../../src/model/tweet/snowflake.js';
import { ownSyndication, sharedSyndication } from '../../shared.js';

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

import { describe, expect, it } from 'vitest';
import { articleEn } from '../../src/i18n/en/article.js';
import { en } from '../../src/i18n/en/index.js';
import { playerEn } from '../../src/i18n/en/player.js';
import { socialEn } from '../../src/i18n/en/social.js';
import { tweetEn } from '../../src/i18n/en/tweet.js';
import { tweetStatesEn } from '../../src/i18n/en/tweet-states.js';
import { fillParts } from '../../src/i18n/fill.js';
import * as packs from '../../src/i18n/locales/index.js';
import { withLabels } from '../../src/i18n/pick.js';
import { fillLabel, type Labels, pickLabels } from '../../src/index.js';

const keys = Object.keys(en) as (keyof Labels)[];
const placeholders = (s: string) => [...s.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

describe('labels', () => {
  it.each(Object.entries(packs))('%s has every string, with the same placeholders as English', (_locale, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const value = labels[key];
      expect(value, key).toMatch(/\S/);
      expect(placeholders(value), key).toEqual(placeholders(en[key]));
    }
  });

  it('translates rather than copies English outside brand names', () => {
    for (const [locale, labels] of Object.entries(packs)) {
      if (locale === 'en') continue;
      const same = keys.filter((k) => labels[k] === en[k] && !['gif'].includes(k));
      // French "Pause", "Image" and "Position" (and German "Position") are the English words too.
      expect(same.length, `${locale}: ${same.join(', ')}`).toBeLessThanOrEqual(4);
    }
  });

  it('keeps one table per feature, with no key in two of them', () => {
    const tables = [tweetEn, socialEn, tweetStatesEn, articleEn, playerEn].map((t) => Object.keys(t));
    expect(tables.flat().sort()).toEqual([...keys].sort());
    expect(new Set(tables.flat()).size).toBe(keys.length);
    expect(Object.keys(tweetEn)).not.toContain('listen');
    expect(Object.keys(playerEn)).not.toContain('showMore');
  });

  it('picks the pack of a regional locale among those loaded, and none for other languages', () => {
    expect(pickLabels(packs, 'fa-IR')).toBe(packs.fa);
    expect(pickLabels(packs, 'de')).toBe(packs.de);
    expect(pickLabels({ fa: packs.fa }, 'pt-BR')).toBeUndefined();
    expect(pickLabels(packs, undefined)).toBeUndefined();
  });

  it('merges only a feature’s own string keys over its English table, and never changes the table', () => {
    expect(withLabels(tweetEn, { like: 'Mag ich', listen: 'x' })).toEqual({ ...tweetEn, like: 'Mag ich' });
    expect(withLabels(tweetEn, packs.ar).reply).toBe(packs.ar.reply);
    expect(withLabels(tweetEn, undefined)).toBe(tweetEn);
    expect(tweetEn.like).toBe('Like');
    // Stored labels can hold anything: non-strings and inherited keys are ignored.
    const hostile = JSON.parse('{"like": 42, "__proto__": {"reply": "polluted"}}');
    expect(withLabels(tweetEn, hostile)).toEqual(tweetEn);
  });

  it('does not treat inherited object keys as locales', () => {
    expect(pickLabels(packs, 'constructor')).toBeUndefined();
    expect(pickLabels(packs, '__proto__')).toBeUndefined();
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fillLabel('Skip post by {handle}', { handle: '@a' })).toBe('Skip post by @a');
    expect(fillLabel('{count} votes of {total}', { count: 3 })).toBe('3 votes of {total}');
    expect(fillLabel(en.consentNotice, { provider: 'X' })).not.toContain('{');
    expect(fillLabel('{constructor}', {})).toBe('{constructor}');
  });

  it('cuts a label at its placeholders for React content, in the language’s own word order', () => {
    const link = { kind: 'link' };
    expect(fillParts('Replying to {handle}', { handle: link })).toEqual(['Replying to ', link]);
    expect(fillParts(packs.ja.replyingTo, { handle: link })).toContain(link);
    expect(fillParts('{date} ends', { date: 1 })).toEqual([1, ' ends']);
    expect(fillParts('no placeholder', { date: 1 })).toEqual(['no placeholder']);
  });
});

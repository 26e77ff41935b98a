import { describe, expect, it } from 'vitest';
import { fillLabel, LABELS, labelsFor, TWEET_LABELS, tweetLabelsFor } from '../../../src/index.js';

describe('labels', () => {
  const english = LABELS.en;
  const keys = Object.keys(english) as (keyof typeof english)[];

  it.each(Object.entries(LABELS))('%s has every string, with the same placeholders as English', (_locale, labels) => {
    for (const key of keys) {
      const value = labels[key];
      expect(value, key).toMatch(/\S/);
      const placeholders = (s: string) => [...s.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
      expect(placeholders(value), key).toEqual(placeholders(english[key]));
    }
  });

  it('translates rather than copies English outside brand names', () => {
    for (const [locale, labels] of Object.entries(LABELS)) {
      if (locale === 'en') continue;
      const same = keys.filter((k) => labels[k] === english[k] && !['gif'].includes(k));
      // French "Pause", "Image" and "Position" (and German "Position") are the English words too.
      expect(same.length, `${locale}: ${same.join(', ')}`).toBeLessThanOrEqual(4);
    }
  });

  it('picks the language of a regional locale, falls back to English, and applies overrides', () => {
    expect(labelsFor('fa-IR').showMore).toBe(LABELS.fa.showMore);
    expect(labelsFor('pt-BR').showMore).toBe('Show more');
    expect(labelsFor(undefined).like).toBe('Like');
    expect(labelsFor('de', { like: 'Mag ich' })).toMatchObject({ like: 'Mag ich', reply: 'Antworten' });
    // Overrides never leak into the shared table.
    expect(LABELS.de.like).toBe('Gefällt mir');
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fillLabel('Skip post by {handle}', { handle: '@a' })).toBe('Skip post by @a');
    expect(fillLabel('{count} votes of {total}', { count: 3 })).toBe('3 votes of {total}');
    expect(fillLabel(LABELS.en.consentNotice, { provider: 'X' })).not.toContain('{');
  });

  it('keeps the tweet strings apart from the article ones, and the same in both tables', () => {
    expect(Object.keys(TWEET_LABELS.en)).not.toContain('listen');
    expect(Object.keys(TWEET_LABELS.en)).toContain('showMore');
    for (const [locale, labels] of Object.entries(TWEET_LABELS)) {
      expect(LABELS[locale as keyof typeof LABELS]).toMatchObject(labels);
    }
    expect(tweetLabelsFor('ar-EG', { like: 'x' })).toMatchObject({ like: 'x', reply: TWEET_LABELS.ar.reply });
  });

  it('does not treat inherited object keys as locales', () => {
    expect(labelsFor('constructor').like).toBe('Like');
    expect(labelsFor('__proto__').like).toBe('Like');
  });
});

import { describe, expect, it } from 'vitest';
import { furnitureKind } from '../../../src/model/article/furniture.js';

describe('furnitureKind', () => {
  it.each([
    ['Advertisement', 'advertisement'],
    ['ADVERTISEMENT - SCROLL TO CONTINUE', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    // Devanagari vowel signs and the virama are marks, not letters: the label is one word with them.
    ['विज्ञापन', 'advertisement'],
    // The shortest labels, two characters: the guard for lines too short to be one lets them through.
    ['広告', 'advertisement'],
    ['图:', 'credit'],
    ['Read more: Harbour bridge to close next spring', 'read-more'],
    ['Photo: Jane Doe / Getty Images', 'credit'],
    ['Share Facebook Twitter Email', 'share'],
    ['email | print', 'share'],
    // The zero-width non-joiner inside a Persian word belongs to the word.
    ['اشتراک‌گذاری Telegram', 'share'],
  ])('%s is %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });

  it.each([
    'The advertisement ran for a week and nobody saw it again, said the manager.',
    'Advertisements were banned from the square in 1998 after a long campaign by residents',
    'one two three four five six advertisement',
    'Share prices fell',
    'X marks the spot',
    '—',
    '…',
    '2024',
    'a',
    '',
  ])('%j is the article’s own text', (line) => {
    expect(furnitureKind(line)).toBeUndefined();
  });
});

import type { Labels } from './labels.js';
import { baseLanguage } from './language.js';

/**
 * The pack for `locale` among those an app loaded (`{ fa, ar }`), matched by
 * base language (`fa-IR` → `fa`); `undefined` when there is none, so the
 * components fall back to English.
 */
export function pickLabels(
  packs: Readonly<Record<string, Partial<Labels>>>,
  locale: string | undefined,
): Partial<Labels> | undefined {
  if (typeof locale !== 'string') return undefined;
  if (Object.hasOwn(packs, locale)) return packs[locale];
  const base = baseLanguage(locale);
  return Object.hasOwn(packs, base) ? packs[base] : undefined;
}

/**
 * A feature's strings: its English table with the caller's labels on top.
 * Each feature merges only its own table, so a bundle carries only the
 * English strings of what it renders.
 */
export function withLabels<T extends object>(english: T, labels: Partial<Labels> | undefined): T {
  if (!labels) return english;
  const out = { ...english } as Record<string, unknown>;
  const given = labels as Readonly<Record<string, unknown>>;
  // Only the feature's own keys, and only strings: stored labels can hold anything.
  for (const key of Object.keys(english)) {
    const value = Object.hasOwn(given, key) ? given[key] : undefined;
    if (typeof value === 'string') out[key] = value;
  }
  return out as T;
}

/**
 * Where the entities inside a tweet point on X. Built here (not taken from
 * input) so that a handle or tag can never smuggle a different host or scheme.
 */
import { isTweetId } from './snowflake.js';

const X_ORIGIN = 'https://x.com';
const HANDLE = /^[A-Za-z0-9_]{1,50}$/;

export function isHandle(handle: string): boolean {
  return HANDLE.test(handle);
}

export function profileUrl(handle: string): string {
  return `${X_ORIGIN}/${encodeURIComponent(handle)}`;
}

export function statusUrl(handle: string, id: string): string | undefined {
  if (!isTweetId(id)) return undefined;
  return `${X_ORIGIN}/${encodeURIComponent(handle || 'i')}/status/${id}`;
}

export function hashtagUrl(tag: string): string {
  return `${X_ORIGIN}/hashtag/${encodeURIComponent(tag)}`;
}

export function cashtagUrl(symbol: string): string {
  return `${X_ORIGIN}/search?q=${encodeURIComponent(`$${symbol}`)}`;
}

// Scripts written right to left; X tags tweets with these language codes.
const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);
// X's codes for "no linguistic content" / "undetermined" / "media only".
const NO_LANG = new Set(['und', 'zxx', 'qme', 'qam', 'qct', 'qht', 'qst']);

/** A BCP 47-looking tag (X uses ISO 639-1 plus its own `q…` codes). */
export function cleanLang(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(raw)) return undefined;
  return raw;
}

export function dirForLang(lang: string | undefined): 'ltr' | 'rtl' | 'auto' {
  if (lang === undefined) return 'auto';
  const base = (lang.toLowerCase().split('-')[0] ?? '').trim();
  if (NO_LANG.has(base)) return 'auto';
  return RTL_LANGS.has(base) ? 'rtl' : 'ltr';
}

/**
 * Language facts every layer needs: which scripts run right to left, and which
 * tags are real languages. Pure TypeScript, so the model and the components
 * decide direction from the same list.
 */

/** A text direction as HTML's `dir` attribute takes it. */
export type Dir = 'ltr' | 'rtl' | 'auto';

// Languages written right to left (ISO 639 codes, as X, CLDR and CMSs tag them; `iw` is Hebrew's old code).
// A pattern, not a Set of strings: the same test in fewer bytes of every bundle that decides direction.
const RTL_LANGUAGES = /^(?:ar|arc|ckb|dv|fa|he|iw|ks|ku|ps|sd|ug|ur|yi)$/;

// X's codes for "no linguistic content" (`zxx`), "undetermined" (`und`) and its private-use `q…` range.
const NO_LANGUAGE = /^(?:und|zxx|q[a-t][a-z])$/;

/** The primary language subtag, lower-cased: `fa-IR` → `fa`. */
export function baseLanguage(tag: string | undefined): string {
  if (typeof tag !== 'string') return '';
  const dash = tag.indexOf('-');
  return (dash === -1 ? tag : tag.slice(0, dash)).trim().toLowerCase();
}

/** A BCP 47-looking tag, or undefined. */
export function cleanLang(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > 35 || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(raw))
    return undefined;
  return raw;
}

/** A tag fit for a `lang` attribute: X's "no language" codes are not languages. */
export function htmlLang(lang: string | undefined): string | undefined {
  const clean = cleanLang(lang);
  return clean === undefined || NO_LANGUAGE.test(baseLanguage(clean)) ? undefined : clean;
}

export function isRtlLanguage(tag: string | undefined): boolean {
  return RTL_LANGUAGES.test(baseLanguage(tag));
}

/** The direction of content in `lang`: `auto` when the language is unknown or not a language. */
export function contentDir(lang: string | undefined): Dir {
  if (htmlLang(lang) === undefined) return 'auto';
  return isRtlLanguage(lang) ? 'rtl' : 'ltr';
}

/** The direction of UI strings in `locale`: a Persian UI mirrors even on a left-to-right page. */
export function localeDir(locale: string | undefined): 'ltr' | 'rtl' {
  return isRtlLanguage(locale) ? 'rtl' : 'ltr';
}

/** A `dir` attribute value as stored data may carry it, or undefined. */
export function asDir(value: unknown): Dir | undefined {
  return value === 'ltr' || value === 'rtl' || value === 'auto' ? value : undefined;
}

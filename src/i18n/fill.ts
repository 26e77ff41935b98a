/**
 * Placeholders in labels. One scanner serves plain strings and React content,
 * so a component never splits a label by hand around `{handle}`.
 */

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The template cut at its placeholders: literal text, then each value given
 * for a `{name}` (unknown placeholders stay as written).
 */
export function fillParts<T>(template: string, values: Readonly<Record<string, T>>): (string | T)[] {
  const parts: (string | T)[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!Object.hasOwn(values, name)) continue;
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push(values[name] as T);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** Replaces each `{name}` in a label with its value; unknown placeholders stay as written. */
export function fillLabel(template: string, values: Readonly<Record<string, string | number>>): string {
  return fillParts(template, values).join('');
}

/**
 * Narrowing readers for untrusted JSON: each returns undefined instead of
 * throwing, so parsers can walk any value without type assertions.
 */

export type JsonObject = { readonly [key: string]: unknown };

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A finite, non-negative number; numeric strings too (X sends counts both ways). */
export function asCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
  if (typeof value === 'string' && /^[0-9]{1,16}$/.test(value)) return Number(value);
  return undefined;
}

export function asDimension(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

export function at(value: unknown, ...path: string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    const record = asObject(current);
    if (record === undefined || !Object.hasOwn(record, key)) return undefined;
    current = record[key];
  }
  return current;
}

/** An ISO 8601 UTC string from anything `Date` can read, or undefined. */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 100) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/**
 * The URL gate again, at render time: model objects can come from storage
 * or be built by hand, so what a component puts in an `href` or `src` is
 * checked where it is used, once per URL.
 */
import { safeHttpUrl, safeImageUrl } from '../model/shared/url.js';
import type { ImageLoader } from './options.js';

// Only to tell a relative loader result (`/_next/image?url=…`) from a dangerous scheme.
const RELATIVE_BASE = 'https://relative.invalid/';

/** An `href` a component may render: http(s), no credentials. */
export function linkHref(raw: unknown): string | undefined {
  return safeHttpUrl(raw);
}

/**
 * An image `src`: without a loader, `src` must pass `allowed` (https, and for
 * tweets one of X's media hosts); with one, any https `src` goes to the
 * loader, which decides: it may rewrite it, or refuse it by returning `''`.
 * What it returns must be http(s) or relative; a loader that throws drops the image.
 */
export function imageSrc(
  raw: unknown,
  width: number,
  loader: ImageLoader | undefined,
  allowed: (raw: unknown) => string | undefined = safeImageUrl,
): string | undefined {
  if (loader === undefined) return allowed(raw);
  const src = safeImageUrl(raw);
  if (src === undefined) return undefined;
  let out: unknown;
  try {
    out = loader(src, { width });
  } catch {
    return undefined;
  }
  if (typeof out !== 'string' || out.trim() === '') return undefined;
  return safeHttpUrl(out, RELATIVE_BASE) === undefined ? undefined : out;
}

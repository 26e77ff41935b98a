/**
 * The one gate every URL passes before it reaches a model object: only
 * absolute http(s) URLs survive (relative ones when a base is given), so no
 * `javascript:`, `data:` or `vbscript:` link can ever be rendered.
 */
export function safeHttpUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // Browsers ignore ASCII whitespace and control characters inside a scheme.
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.href;
}

/** Like safeHttpUrl, but also lets `mailto:` links through (article bodies). */
export function safeLinkUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw === 'string' && /^\s*mailto:/i.test(raw)) {
    try {
      const url = new URL(raw.trim());
      return url.protocol === 'mailto:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }
  return safeHttpUrl(raw, base);
}

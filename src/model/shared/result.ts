/** What every Broadsheet parser returns: never a throw, always one of these. */
export type ParseResult<T> = { ok: true; value: T; warnings: string[] } | { ok: false; error: ParseError };

export interface ParseError {
  /** Stable, machine-readable: `invalid-payload`, `unavailable`, `not-found`, `network`, `not-an-embed`… */
  code: string;
  /** A sentence a developer can act on. */
  message: string;
}

export function ok<T>(value: T, warnings: string[] = []): ParseResult<T> {
  return { ok: true, value, warnings };
}

export function fail<T = never>(code: string, message: string): ParseResult<T> {
  return { ok: false, error: { code, message } };
}

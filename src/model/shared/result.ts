/**
 * What every Broadsheet parser returns: never a throw, always one of these.
 * Each parser names its error codes as a string-literal union (e.g.
 * `SyndicationErrorCode`), so a caller can switch on them exhaustively.
 */
export type ParseResult<T, C extends string = string> =
  | { ok: true; value: T; warnings: string[] }
  | { ok: false; error: ParseError<C> };

export interface ParseError<C extends string = string> {
  /** Stable, machine-readable: `invalid-payload`, `deleted`, `not-found`, `network`, `not-an-embed`… */
  code: C;
  /** A sentence a developer can act on. */
  message: string;
}

export function ok<T>(value: T, warnings: string[] = []): { ok: true; value: T; warnings: string[] } {
  return { ok: true, value, warnings };
}

export function fail<C extends string>(code: C, message: string): { ok: false; error: ParseError<C> } {
  return { ok: false, error: { code, message } };
}

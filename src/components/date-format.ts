/**
 * The date formatter of every bundle but a server's: `Intl` itself, which a
 * browser already carries. A server gets date-format.node.ts instead
 * (package.json "imports": "#date-format"), whose formatter writes the same
 * strings from a template, several times faster.
 */
export const DateFormat = Intl.DateTimeFormat;

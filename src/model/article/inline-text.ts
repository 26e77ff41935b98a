import type { Inline } from './types.js';

/** The words of inlines as plain text, a line break as `\n`. */
export function inlinePlainText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) =>
      inline.type === 'text' ? inline.text : inline.type === 'link' ? inlinePlainText(inline.children) : '\n',
    )
    .join('');
}

// What the linearity report times: a public entry point (a target) and the
// adversarial inputs of issue 10 for it (shapes), each a generator of an
// input of about n characters, beside a plain input of the same size.

export interface Target<I = unknown> {
  /** The public entry point, as a publisher calls it. */
  name: string;
  /**
   * The documented size limit of this entry path (characters), when it has
   * one: `rejects` fails with `too-large` beyond it, `cuts` reads only that
   * much. Above a rejecting limit a time says nothing about the parser.
   */
  limit?: { chars: number; kind: 'rejects' | 'cuts'; constant: string };
  /** What n measures when it is not the whole input (JSON payloads: their text). */
  unit?: string;
  run: (input: I) => unknown;
  /** Ordinary input of about n characters: prose, as an article or a post holds it. */
  plain: (n: number) => I;
  shapes: Shape<I>[];
}

export interface Shape<I = unknown> {
  /** The words for the input. */
  name: string;
  /** One of issue 10's own examples (the others are more of its shapes: runs, nesting, entities, hostile URLs). */
  example?: boolean;
  make: (n: number) => I;
}

/** A target with its input type erased, so targets of every input type go in one list. */
export function target<I>(typed: Target<I>): Target {
  return typed as unknown as Target;
}

/** `head`, then `piece` as often as fits in n characters with `tail`, then `tail`. */
export function repeatTo(n: number, piece: string, head = '', tail = ''): string {
  const count = Math.max(1, Math.floor((n - head.length - tail.length) / piece.length));
  return head + piece.repeat(count) + tail;
}

/** How many times `piece` fits in n characters besides `fixed` of other text. */
export function countIn(n: number, piece: string | number, fixed = 0): number {
  const length = typeof piece === 'number' ? piece : piece.length;
  return Math.max(1, Math.floor((n - fixed) / length));
}

const WORDS =
  'the council met on tuesday to discuss the new budget and agreed after a long debate that the library would stay open on weekends while the pool closes for repairs'.split(
    ' ',
  );

/** n characters of prose: sentences of ordinary words, no entity, no markup. */
export function prose(n: number, sentence = 120): string {
  let out = '';
  let line = '';
  for (let index = 0; out.length + line.length < n; index += 1) {
    const word = WORDS[index % WORDS.length] ?? 'a';
    line += line === '' ? word.charAt(0).toUpperCase() + word.slice(1) : ` ${word}`;
    if (line.length >= sentence) {
      out += `${line}. `;
      line = '';
    }
  }
  return (out + line).slice(0, n);
}

/** Prose cut into paragraphs of about `size` characters, for callers that wrap each one. */
export function paragraphs(n: number, size: number, overhead: number): string[] {
  const count = Math.max(1, Math.round(n / (size + overhead)));
  const each = Math.max(1, Math.floor(n / count) - overhead);
  return Array.from({ length: count }, () => prose(each));
}

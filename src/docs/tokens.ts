/**
 * Reads the `--bs-*` custom properties out of the stylesheets' source, so the
 * Theming page's table is made from the CSS itself and cannot drift from it.
 */

export interface TokenDeclaration {
  name: string;
  value: string;
  /** The stylesheet's file name, e.g. `tokens.css`. */
  file: string;
  /** The enclosing at-rules and selectors, outermost first: `@layer broadsheet › :where(:root)`. */
  context: string;
}

export interface Token {
  name: string;
  /** Every place the token is set, in source order. */
  declarations: TokenDeclaration[];
  /** For `var(--bs-light, L) var(--bs-dark, D)` pairs: the two colours. */
  light?: string;
  dark?: string;
}

const PAIR = /^var\(--bs-light,\s*(.+?)\)\s+var\(--bs-dark,\s*(.+?)\)$/;

/** Every `--bs-*` declaration in one stylesheet, with the rules it sits in. */
export function tokenDeclarations(css: string, file: string): TokenDeclaration[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: TokenDeclaration[] = [];
  const stack: string[] = [];
  let buffer = '';
  const flush = () => {
    const match = /^(--bs-[\w-]+)\s*:([\s\S]*)$/.exec(buffer.trim());
    if (match?.[1]) {
      out.push({
        name: match[1],
        value: (match[2] ?? '').trim().replace(/\s+/g, ' '),
        file,
        context: stack.join(' › '),
      });
    }
    buffer = '';
  };
  for (const char of text) {
    if (char === '{') {
      stack.push(buffer.trim().replace(/\s+/g, ' '));
      buffer = '';
    } else if (char === '}') {
      flush();
      stack.pop();
    } else if (char === ';') {
      flush();
    } else {
      buffer += char;
    }
  }
  return out;
}

/** The tokens of all sheets, one entry per name, in the order they first appear. */
export function collectTokens(sheets: Readonly<Record<string, string>>, order: readonly string[]): Token[] {
  const byName = new Map<string, Token>();
  for (const file of order) {
    for (const declaration of tokenDeclarations(sheets[file] ?? '', file)) {
      let token = byName.get(declaration.name);
      if (!token) {
        token = { name: declaration.name, declarations: [] };
        byName.set(declaration.name, token);
      }
      token.declarations.push(declaration);
      const pair = PAIR.exec(declaration.value);
      if (pair && token.light === undefined) {
        token.light = pair[1];
        token.dark = pair[2];
      }
    }
  }
  return [...byName.values()];
}

/** The order `index.css` imports the sheets in: the order of the cascade. */
export function importOrder(indexCss: string): string[] {
  return [...indexCss.matchAll(/@import\s+"\.\/([\w-]+\.css)"/g)].map((match) => match[1] ?? '');
}

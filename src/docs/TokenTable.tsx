// A doc block for the Theming page: every `--bs-*` token, read at build time from
// the stylesheets themselves (Vite's `?raw` imports), never typed by hand.
import indexCss from '../styles/index.css?raw';
import { collectTokens, importOrder, type Token } from './tokens.js';

const sheets = import.meta.glob<string>('../styles/*.css', { query: '?raw', import: 'default', eager: true });
const byFile = Object.fromEntries(Object.entries(sheets).map(([path, css]) => [path.replace('../styles/', ''), css]));
const order = importOrder(indexCss);

export const tokens: Token[] = collectTokens(byFile, order);

function Swatch({ colour }: { colour: string | undefined }) {
  if (!colour) return null;
  const isColour = /^#[0-9a-f]{3,8}$/i.test(colour);
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {isColour ? (
        <span
          aria-hidden="true"
          style={{
            display: 'inline-block',
            inlineSize: '0.9em',
            blockSize: '0.9em',
            marginInlineEnd: '0.35em',
            verticalAlign: '-0.1em',
            background: colour,
            border: '1px solid #8888',
          }}
        />
      ) : null}
      <code>{colour}</code>
    </span>
  );
}

/** `file` and where in it the token is set, one line per declaration. */
function Where({ token }: { token: Token }) {
  return (
    <>
      {token.declarations.map((declaration, index) => (
        <div key={`${declaration.file} ${declaration.context} ${declaration.value}`}>
          <code>{declaration.file}</code> {declaration.context.replace(/^@layer broadsheet( › )?/, '')}
          {token.light === undefined && index > 0 ? (
            <>
              {' '}
              → <code>{declaration.value || '(blank)'}</code>
            </>
          ) : null}
        </div>
      ))}
    </>
  );
}

export function TokenTable({ prefix = '--bs-' }: { prefix?: string }) {
  const rows = tokens.filter((token) => token.name.startsWith(prefix));
  return (
    <table>
      <thead>
        <tr>
          <th>token</th>
          <th>default (light)</th>
          <th>dark</th>
          <th>set in</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((token) => (
          <tr key={token.name}>
            <td>
              <code>{token.name}</code>
            </td>
            <td>
              {token.light !== undefined ? (
                <Swatch colour={token.light} />
              ) : (
                <code>{token.declarations[0]?.value || '(blank)'}</code>
              )}
            </td>
            <td>{token.dark !== undefined ? <Swatch colour={token.dark} /> : '—'}</td>
            <td>
              <Where token={token} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// Where a server's build swaps in its faster modules. Each seam is a module
// that browsers get as it is, and a `.node.ts` twin that writes the same
// answers several times faster, too big (or of no use) to ship to readers:
// - src/components/date-format.ts, Intl; the twin writes dates from a template;
// - src/model/shared/url-pattern.ts, `URL` for every URL; the twin reads most
//   URLs by one pattern first.
// Published, the swap is package.json's "imports" (`#date-format`,
// `#url-pattern`, `node` condition); here, the build tools are told the same.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const SEAMS = [
  { file: `${src}components/date-format.ts`, condition: '#date-format' },
  { file: `${src}model/shared/url-pattern.ts`, condition: '#url-pattern' },
];
const twin = (file) => file.replace(/\.ts$/, '.node.ts');

/**
 * The seam a relative import in src/ resolves to, if it is one (sources import `./x.js` for `./x.ts`). A test
 * that imports a seam by its path means that very module.
 */
function seamOf(id, from) {
  if (!from?.startsWith(src) || !id.startsWith('.') || !id.endsWith('.js')) return undefined;
  const file = resolve(dirname(from), id).replace(/\.js$/, '.ts');
  return SEAMS.find((seam) => seam.file === file);
}

/**
 * Vite. In the library build a seam's import becomes its `#` name, for the
 * package to resolve by condition; with `{ server: true }` (tests that render
 * as a server does) it is the twin's source; otherwise the browser's module.
 */
export function viteServerModules({ server = false } = {}) {
  let library = false;
  return {
    name: 'broadsheet:server-modules',
    enforce: 'pre',
    configResolved(config) {
      library = Boolean(config.build?.lib);
    },
    resolveId(id, from) {
      const seam = seamOf(id, from);
      if (seam === undefined) return null;
      if (library) return { id: seam.condition, external: true };
      return server ? twin(seam.file) : null;
    },
  };
}

/** esbuild, for builds that run on a server (the bench's). */
export const esbuildServerModules = {
  name: 'broadsheet:server-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const seam = seamOf(args.path, args.importer);
      return seam === undefined ? undefined : { path: twin(seam.file) };
    });
  },
};

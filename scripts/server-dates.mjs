// Where a server's build swaps in the date template. src/components/format.ts
// imports ./date-format.js, which formats through Intl: what a browser bundle
// gets. A server gets ./date-format.node.ts, which writes the same strings
// several times faster from a template and is too big to ship to readers.
// Published, the swap is package.json's "imports": "#date-format" (`node`
// condition); here, the build tools are told the same.
import { fileURLToPath } from 'node:url';

const importer = fileURLToPath(new URL('../src/components/format.ts', import.meta.url));
const template = fileURLToPath(new URL('../src/components/date-format.node.ts', import.meta.url));
const isDateImport = (id, from) => id === './date-format.js' && from === importer;

/**
 * Vite. In the library build the import becomes `#date-format`, for the
 * package to resolve by condition; with `{ server: true }` (tests that render
 * as a server does) it is the template's source; otherwise it stays Intl's.
 */
export function viteServerDates({ server = false } = {}) {
  let library = false;
  return {
    name: 'broadsheet:server-dates',
    enforce: 'pre',
    configResolved(config) {
      library = Boolean(config.build?.lib);
    },
    resolveId(id, from) {
      if (!isDateImport(id, from)) return null;
      if (library) return { id: '#date-format', external: true };
      return server ? template : null;
    },
  };
}

/** esbuild, for builds that run on a server (the bench's). */
export const esbuildServerDates = {
  name: 'broadsheet:server-dates',
  setup(build) {
    build.onResolve({ filter: /^\.\/date-format\.js$/ }, (args) =>
      isDateImport(args.path, args.importer) ? { path: template } : undefined,
    );
  },
};

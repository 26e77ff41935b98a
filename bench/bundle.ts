// Builds a minified consumer bundle for one import, the way an app's bundler
// would tree-shake it, and reports its size: deterministic for a given lock.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import type { Rolldown } from 'vite';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const cacheDir = join(root, 'node_modules/.cache/broadsheet-size');

export interface BundleSize {
  raw: number;
  gzip: number;
}

/** `source` is the entry module's code, e.g. `export { Tweet } from 'broadsheet-src';`. */
export async function bundleSize(name: string, source: string): Promise<BundleSize> {
  mkdirSync(cacheDir, { recursive: true });
  const entry = join(cacheDir, `${name}.js`);
  writeFileSync(entry, source);
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    // An app's production build: the JSX runtime without dev checks, whatever NODE_ENV the caller runs under.
    mode: 'production',
    oxc: { jsx: { runtime: 'automatic', development: false } },
    resolve: {
      alias: [
        // `broadsheet-src` is the public API; `broadsheet-src/<path>` one source module, e.g. an island on its own.
        { find: /^broadsheet-src$/, replacement: join(root, 'src/index.ts') },
        { find: /^broadsheet-src\/(.*)$/, replacement: join(root, 'src/$1') },
      ],
    },
    build: {
      write: false,
      minify: true,
      cssCodeSplit: false,
      lib: { entry, formats: ['es'], fileName: name },
      rollupOptions: { external: [/^react($|\/)/, /^react-dom($|\/)/] },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  let code = '';
  for (const out of outputs) {
    for (const chunk of out.output) {
      if (chunk.type === 'chunk') code += chunk.code;
    }
  }
  // Vite leaves whitespace in an ES library (to keep pure annotations); an app's build strips it, so do that here.
  const minified = (await transform(code, { minify: true, format: 'esm', legalComments: 'none' })).code;
  return { raw: Buffer.byteLength(minified), gzip: gzipSync(minified, { level: 9 }).length };
}

// `npm run bench:linearity [filter]`: bundles bench/linearity.ts with esbuild
// (React's production build, as a publisher's server runs it) and prints the
// report. `loadLinearity()` gives other runners (bench/run.mjs) the module.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { esbuildServerModules } from '../scripts/server-modules.mjs';

const root = new URL('..', import.meta.url).pathname;
const outfile = join(root, 'node_modules/.cache/broadsheet-linearity/linearity.mjs');

/** The bundled report module: `{ linearityReport, formatLinearity, … }`. */
export async function loadLinearity() {
  mkdirSync(join(outfile, '..'), { recursive: true });
  await build({
    entryPoints: [join(root, 'bench/linearity.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    // React's development build checks and warns on every element; servers run the production one.
    define: { 'process.env.NODE_ENV': '"production"' },
    // CommonJS inside an ES module bundle (React) needs a `require` for Node's built-ins.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    plugins: [esbuildServerModules],
    logLevel: 'error',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const filter = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  const { linearityReport, formatLinearity } = await loadLinearity();
  const started = performance.now();
  // A full collection before each point, so one shape's garbage is not collected in the next one's time.
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc');
  const rows = linearityReport({
    filter,
    collect,
    examples: process.argv.includes('--examples'),
    onRow: (row) => process.stderr.write(`  ${row.target}: ${row.shape} ${row.failures.length ? 'FAIL' : 'ok'}\n`),
  });
  console.log(`\nLinearity (issue 10), ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  console.log(formatLinearity(rows));
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
}

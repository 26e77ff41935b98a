// `npm run bench`: bundles each bench script for Node with esbuild (react-tweet
// imports CSS modules, which Node can't load), then runs it with React's
// production build, the one a publisher's server runs (vitest ran React's
// development build, several times slower, which hid where our time went).
// `npm run bench -- --profile` instead writes a CPU profile of our render loop.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { esbuildServerModules } from '../scripts/server-modules.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}node_modules/.cache/broadsheet-bench`;
mkdirSync(outdir, { recursive: true });
const profile = process.argv.includes('--profile');

// main.tsx is the one table of issue 11 (speed, bytes, parsing) and writes bench/results.json;
// issue 10's adversarial linearity report (bench/linearity-run.mjs) prints after it.
const scripts = ['main.tsx'];

for (const script of profile ? ['main.tsx'] : scripts) {
  const name = script.replace(/\.tsx?$/, '');
  await build({
    entryPoints: [`${root}bench/${script}`],
    outfile: `${outdir}/${name}.mjs`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    jsx: 'automatic',
    // Bench modules find the repo (and ../shared beside it) from their own URL; all of them sit in bench/.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(`${root}bench/${script}`).href) },
    // React and the build tools load as Node loads them (React's production build under NODE_ENV=production);
    // react-tweet is bundled, its CSS modules with it.
    external: [
      'react',
      'react-dom',
      'react/*',
      'react-dom/*',
      'vite',
      'esbuild',
      'htmlparser2',
      'domhandler',
      'entities',
    ],
    // A server resolves `#date-format` to the date template, as the published package does under `node`.
    plugins: [esbuildServerModules],
    logLevel: 'warning',
  });
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${outdir}`] : [];
  const run = spawnSync(process.execPath, [...flags, `${outdir}/${name}.mjs`, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
if (profile) console.log(`CPU profile written to ${outdir} (open it in Chrome DevTools › Performance)`);
else {
  const run = spawnSync(process.execPath, [`${root}bench/linearity-run.mjs`], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

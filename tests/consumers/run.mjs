// The packed package as its users meet it. After `npm run build`:
//   node tests/consumers/run.mjs
// 1. `import 'broadsheet'` under `--conditions=react-server` (an RSC runtime
//    without a bundler) works, and every component renders as a server
//    component, islands as their server stand-ins.
// 2. A TypeScript file importing the package type-checks under
//    moduleResolution node16, nodenext and bundler.
// 3. A server bundle of `Tweet` gets the date template and the URL pattern,
//    a browser bundle only Intl and URL (package.json "imports":
//    "#date-format", "#url-pattern").

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { pack, root } from '../../scripts/pack.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const { consumerDir } = pack();
writeFileSync(join(consumerDir, 'package.json'), '{ "private": true, "type": "module" }\n');

/** Copies one folder of consumer files next to the unpacked package, so `broadsheet` resolves to it. */
function place(folder) {
  const dir = join(consumerDir, folder);
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(join(here, folder))) copyFileSync(join(here, folder, file), join(dir, file));
  return dir;
}

function run(args, cwd) {
  try {
    return execFileSync(process.execPath, args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, BS_FIXTURES: join(root, 'tests/fixtures') },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // tsc reports on stdout, node on stderr: show both, once, without the stack of this script.
    console.error(`${error.stdout ?? ''}${error.stderr ?? ''}`.trim());
    console.error(`failed: node ${args.join(' ')} (in ${cwd})`);
    process.exit(1);
  }
}

// Every 'use client' module in src/ ships as a client boundary ('use client' kept) over its island.
const sourceIslands = readdirSync(join(root, 'src'), { recursive: true })
  .filter((file) => /\.tsx?$/.test(file) && /^['"]use client['"]/.test(readFileSync(join(root, 'src', file), 'utf8')))
  .map((file) => file.replace(/\.tsx?$/, ''))
  .sort();
const dist = join(consumerDir, 'node_modules/broadsheet/dist');
const shippedIslands = readdirSync(dist, { recursive: true })
  .filter((file) => file.endsWith('.client.js'))
  .map((file) => file.replace(/\.client\.js$/, ''))
  .sort();
assert.deepEqual(shippedIslands, sourceIslands, 'every client island ships as X.client.js behind X.js');
for (const island of shippedIslands) {
  assert.match(
    readFileSync(join(dist, `${island}.js`), 'utf8'),
    /^'use client';\nexport \{ \w+(, \w+)* \} from '#island\//,
  );
  assert.match(readFileSync(join(dist, `${island}.client.js`), 'utf8'), /^"use client";/);
}

const rsc = place('react-server');
run(['--conditions=react-server', '-e', "import('broadsheet')"], rsc);
writeFileSync(join(rsc, 'flight.json'), run(['--conditions=react-server', 'render-flight.mjs'], rsc));
process.stdout.write(run(['compare.mjs', 'flight.json'], rsc));

const types = place('types');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
for (const resolution of ['node16', 'nodenext', 'bundler']) run([tsc, '-p', `tsconfig.${resolution}.json`], types);
console.log('types: consumer.tsx type-checks under moduleResolution node16, nodenext and bundler');

// formatToParts is what the template is built from, and nothing else in the tweet calls it.
for (const [platform, template] of [
  ['node', true],
  ['browser', false],
]) {
  const result = await build({
    stdin: { contents: "export { Tweet } from 'broadsheet';", resolveDir: consumerDir, loader: 'js' },
    bundle: true,
    platform,
    format: 'esm',
    write: false,
    external: ['react', 'react-dom', 'react/*', 'react-dom/*', 'htmlparser2', 'domhandler', 'entities'],
    logLevel: 'error',
  });
  const code = result.outputFiles.map((file) => file.text).join('');
  assert.equal(code.includes('formatToParts'), template, `a ${platform} bundle has the date template: ${!template}`);
  // The fast path's pattern refuses `%2e` in a path; nothing else in the tweet spells it.
  assert.equal(code.includes('2[eE]'), template, `a ${platform} bundle has the URL pattern: ${!template}`);
}
console.log('dates: a node bundle of Tweet writes dates from the template, a browser bundle through Intl');
console.log('urls: a node bundle of Tweet reads URLs by the pattern first, a browser bundle through URL alone');

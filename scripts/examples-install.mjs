// Installs and builds the example apps with Broadsheet from its packed tarball,
// as an app gets it from the registry (no workspace link to this repository):
//   npm run examples:install
// One install for all three (examples/ is an npm workspace with one lockfile),
// then the tarball on top without touching that lockfile.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pack, root } from './pack.mjs';

const examples = join(root, 'examples');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const npm = (args, extra = {}) =>
  execFileSync('npm', args, { cwd: examples, stdio: 'inherit', env: { ...env, ...extra } });
const timed = (label, work) => {
  const start = performance.now();
  work();
  console.log(`examples: ${label} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
};

if (!existsSync(join(root, 'dist/index.js'))) {
  timed('npm run build', () => execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }));
}
const { tarball } = pack();
timed('npm ci', () => npm(['ci', '--no-audit', '--no-fund']));
// --no-save: the tarball changes with every build, and a lockfile entry would pin its old hash.
timed('broadsheet.tgz installed', () => npm(['install', '--no-save', '--no-audit', '--no-fund', tarball]));
timed('next build', () => npm(['run', 'build', '-w', 'next-app']));
timed('vite build', () => npm(['run', 'build', '-w', 'vite-app']));
// React's development build in the browser reports every hydration mismatch in full.
timed('node-ssr build', () => npm(['run', 'build', '-w', 'node-ssr'], { NODE_ENV: 'development' }));

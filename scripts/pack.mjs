// Packs Broadsheet as npm would publish it (after `npm run build`) and unpacks
// the tarball into a consumer folder, so tests import exactly what a user
// installs: the files in package.json "files", its exports and imports maps.
// The consumer sits inside node_modules/.cache, so react and the parsers'
// dependencies resolve from the repository's own node_modules.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const packDir = join(root, 'node_modules/.cache/broadsheet-pack');
/** A stable name for the examples to install from. */
export const tarball = join(packDir, 'broadsheet.tgz');
export const consumerDir = join(packDir, 'consumer');

/** @returns {{ tarball: string, consumerDir: string }} */
export function pack() {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('no dist/: run `npm run build` first');
  mkdirSync(packDir, { recursive: true });
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' });
  const [{ filename }] = JSON.parse(out);
  copyFileSync(join(packDir, filename), tarball);
  const unpacked = join(consumerDir, 'node_modules/broadsheet');
  rmSync(unpacked, { recursive: true, force: true });
  mkdirSync(unpacked, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
  return { tarball, consumerDir };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  pack();
  console.log(`packed ${tarball}`);
}

// Runs before the browser tests: makes sure a Chromium is there, installing
// Debian's package when we are root on Debian, else saying what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`browser tests: using Chromium at ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');
if (isRoot && isDebian) {
  console.log("browser tests: no Chromium found; installing Debian's 'chromium' package (apt-get, about a minute)…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (findChromium()) process.exit(0);
}

console.error(
  [
    'browser tests: no Chromium found.',
    'Install one, then run npm test again:',
    '  Debian/Ubuntu:  sudo apt-get install chromium',
    '  anywhere else:  npx playwright install chromium',
    '  or point at one you have:  CHROMIUM_PATH=/path/to/chrome npm test',
  ].join('\n'),
);
process.exit(1);

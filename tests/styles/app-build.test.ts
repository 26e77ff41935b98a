// @vitest-environment node
// An app that imports broadsheet/styles.css runs it through its own bundler.
// Vite minifies CSS with Lightning CSS for its default browser targets, which
// rewrites some modern CSS; the theme must survive that rewrite.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

async function cssAsAnAppBuildsIt(): Promise<string> {
  const dir = join(root, 'node_modules/.cache/broadsheet-app-css');
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'main.js');
  writeFileSync(entry, `import ${JSON.stringify(join(root, 'src/styles/index.css'))};\n`);
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    build: { write: false, minify: true, cssMinify: 'lightningcss', rollupOptions: { input: entry } },
  })) as Rolldown.RolldownOutput;
  const css = output.output.find((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
  if (css?.type !== 'asset') throw new Error('no stylesheet in the app build');
  return String(css.source);
}

describe('styles.css inside an app build', () => {
  it('keeps the run-time theme switches (no light-dark() for the minifier to rewrite)', async () => {
    const css = await cssAsAnAppBuildsIt();
    expect(css).not.toContain('--lightningcss-light');
    expect(css).toMatch(/--bs-color-text:var\(--bs-light,#0f1419\) ?var\(--bs-dark,#e7e9ea\)/);
    // The blank switch must stay a blank, not be dropped as an empty declaration.
    expect(css).toMatch(/--bs-dark: ;/);
    expect(css).toContain('@layer broadsheet');
  }, 60_000);
});

import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Library build: one ES module per source file (so client islands keep their
// "use client" directive and consumers tree-shake per component), plus one
// stylesheet built from src/styles/index.css.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
// Dependencies stay imports, so an app dedupes them and its bundler tree-shakes them.
const external = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).map(
  (name) => new RegExp(`^${name}($|/)`),
);

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    cssCodeSplit: true,
    minify: false,
    sourcemap: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        'i18n/locales/index': 'src/i18n/locales/index.ts',
        styles: 'src/styles/index.css',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        assetFileNames: '[name][extname]',
      },
    },
  },
});

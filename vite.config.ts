import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Library build: one ES module per source file (so client islands keep their
// "use client" directive and consumers tree-shake per component), plus one
// stylesheet built from src/styles/index.css.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    cssCodeSplit: true,
    minify: false,
    sourcemap: false,
    lib: {
      entry: { index: 'src/index.ts', styles: 'src/styles/index.css' },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^htmlparser2($|\/)/, /^domhandler($|\/)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        assetFileNames: '[name][extname]',
      },
    },
  },
});

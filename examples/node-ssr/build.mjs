// Bundles the hydration script. NODE_ENV=development ships React's development
// build, which reports every hydration mismatch in full (the example's check
// uses it); anything else builds for production.
import { build } from 'esbuild';

const mode = process.env.NODE_ENV === 'development' ? 'development' : 'production';
await build({
  entryPoints: ['client.mjs'],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  minify: mode === 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
  outfile: 'dist/client.js',
  logLevel: 'warning',
});
console.log(`node-ssr: dist/client.js (${mode})`);

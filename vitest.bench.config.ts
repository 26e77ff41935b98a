import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `npm run bench`: Broadsheet against react-tweet in one run, in Node (the
// server render is what a publisher pays for on every page view).
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    // react-tweet imports CSS modules, which only Vite (not Node) can load.
    server: { deps: { inline: ['react-tweet'] } },
    benchmark: { include: ['bench/**/*.bench.tsx'] },
  },
});

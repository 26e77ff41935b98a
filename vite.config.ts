import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { viteServerModules } from './scripts/server-modules.mjs';

// Library build: one ES module per source file (so client islands keep their
// "use client" directive and consumers tree-shake per component), plus the
// stylesheet built from src/styles/index.css and the tweet part alone from
// src/styles/index-tweet.css (broadsheet/tweet.css). Dates format through
// `#date-format` (the template on a server, Intl in a browser), and URLs are
// read through `#url-pattern` (a pattern first on a server, `URL` alone in a
// browser): scripts/server-modules.mjs.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
// Dependencies stay imports, so an app dedupes them and its bundler tree-shakes them.
const external = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).map(
  (name) => new RegExp(`^${name}($|/)`),
);

/**
 * Every client island (a module that starts with 'use client') is written as
 * `X.client.js`, and `X.js`, which everything imports, becomes a 'use client'
 * module that re-exports it through `#island/X`. package.json resolves that to
 * the island itself, or under `react-server` to the stand-ins in server.js.
 * A bundler makes `X.js` a client reference and never loads either on the
 * server; Node's own loader, which knows nothing of 'use client', gets the
 * stand-ins instead of hooks React's server build does not have.
 */
function clientIslands(): Plugin {
  let library = false;
  return {
    name: 'broadsheet:client-islands',
    apply: 'build',
    // Storybook's build reads this config too; only the library build has islands to split.
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    writeBundle(options, bundle) {
      if (!library) return;
      const dir = options.dir ?? 'dist';
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !/^["']use client["']/.test(chunk.code)) continue;
        const name = chunk.fileName.replace(/\.js$/, '');
        renameSync(join(dir, chunk.fileName), join(dir, `${name}.client.js`));
        // Named exports, not `export *`: a bundler needs the names of a client reference.
        writeFileSync(
          join(dir, chunk.fileName),
          `'use client';\nexport { ${chunk.exports.join(', ')} } from '#island/${name}';\n`,
        );
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), clientIslands(), viteServerModules()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    cssCodeSplit: true,
    minify: false,
    sourcemap: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        server: 'src/server.tsx',
        'i18n/locales/index': 'src/i18n/locales/index.ts',
        // Imported as `#date-format` and `#url-pattern`, by condition: nothing imports them by path.
        'components/date-format': 'src/components/date-format.ts',
        'components/date-format.node': 'src/components/date-format.node.ts',
        'model/shared/url-pattern': 'src/model/shared/url-pattern.ts',
        'model/shared/url-pattern.node': 'src/model/shared/url-pattern.node.ts',
        styles: 'src/styles/index.css',
        tweet: 'src/styles/index-tweet.css',
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

/**
 * The bytes an app ships, deterministic for a given lock file: JS bundles as
 * an app's build would tree-shake and minify them, and stylesheets minified
 * the same way, each gzipped at level 9. tests/size.test.ts gates them;
 * `npm run bench` prints them beside react-tweet's.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type BundleSize, bundleSize } from './bundle.js';

const root = new URL('..', import.meta.url).pathname;

/** Every client island ('use client' file), each as an app would load it on its own. */
export const islands = {
  ListenToStory: 'components/article/listen/ListenToStory.tsx',
  AudioPlayer: 'components/article/listen/AudioPlayer.tsx',
  SpeechReader: 'components/article/listen/SpeechReader.tsx',
  ConsentGate: 'components/article/embed/ConsentGate.tsx',
  SkipLink: 'components/article/embed/SkipLink.tsx',
} as const;

export const languages = ['fa', 'ar', 'es', 'fr', 'de', 'ja'] as const;

/** The stylesheets: all of it (broadsheet/styles.css) and the tweet part alone (broadsheet/tweet.css). */
export const stylesheets = { all: 'src/styles/index.css', tweet: 'src/styles/index-tweet.css' } as const;

export interface Sizes {
  tweet: BundleSize;
  reactTweet: BundleSize;
  islands: Record<keyof typeof islands, BundleSize>;
  /** What adding one language pack to the tweet bundle costs, gz bytes. */
  languages: Record<(typeof languages)[number], number>;
  css: { all: BundleSize; tweet: BundleSize; reactTweet: BundleSize };
}

function measured(text: string): BundleSize {
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}

/** A stylesheet with its @imports inlined, minified. */
async function cssSize(entry: string): Promise<BundleSize> {
  const result = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    minify: true,
    write: false,
    outdir: '/nowhere',
    logLevel: 'error',
  });
  return measured(result.outputFiles.map((f) => f.text).join(''));
}

/** react-tweet's stylesheet for EmbeddedTweet: the CSS modules its components import. */
async function reactTweetCss(): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: "export { EmbeddedTweet } from 'react-tweet';", resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    outdir: '/nowhere',
    external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    logLevel: 'error',
  });
  return measured(
    result.outputFiles
      .filter((f) => f.path.endsWith('.css'))
      .map((f) => f.text)
      .join(''),
  );
}

export async function measureSizes(): Promise<Sizes> {
  const tweet = await bundleSize('tweet', "export { Tweet } from 'broadsheet-src';");
  const reactTweet = await bundleSize('react-tweet', "export { EmbeddedTweet } from 'react-tweet';");
  const islandSizes = {} as Sizes['islands'];
  for (const [name, path] of Object.entries(islands)) {
    islandSizes[name as keyof typeof islands] = await bundleSize(
      `island-${name}`,
      `export { ${name} } from 'broadsheet-src/${path}';`,
    );
  }
  const languageSizes = {} as Sizes['languages'];
  for (const language of languages) {
    const withPack = await bundleSize(
      `tweet-${language}`,
      `export { Tweet } from 'broadsheet-src'; export { ${language} } from 'broadsheet-src/i18n/locales/${language}.ts';`,
    );
    languageSizes[language] = withPack.gzip - tweet.gzip;
  }
  return {
    tweet,
    reactTweet,
    islands: islandSizes,
    languages: languageSizes,
    css: {
      all: await cssSize(stylesheets.all),
      tweet: await cssSize(stylesheets.tweet),
      reactTweet: await reactTweetCss(),
    },
  };
}

/**
 * The bench's one table, as Markdown (so the README can carry it as printed):
 * each measure beside react-tweet's or the floor's, the ratio, and the
 * issue's target with ✓ or ✗.
 */
import type { Sizes } from './sizes.js';
import type { Timing } from './speed.js';

type Ratio = { fastest: number; median: number };

export interface BenchFigures {
  ssr: Record<'ours' | 'reactTweet' | 'floor' | 'parse' | 'social' | 'socialFloor' | 'seedArticle', Timing>;
  ratios: Record<'vsReactTweet' | 'vsFloor' | 'socialVsFloor', Ratio>;
  html: { ours: number; reactTweet: number };
  sizes: Sizes;
  parsing: Record<string, { bytes: number; ms: number; mbPerS: number; rejected: boolean }[]>;
  islands: string[];
  languages: readonly string[];
}

/** The targets. */
export const TARGETS = {
  vsReactTweet: 0.5,
  vsFloor: 3,
  tweetJs: 3000,
  islandJs: 3000,
  stylesCss: 6000,
  tweetCss: 2500,
  mbPerS: 20,
  growthPer10x: 12,
} as const;

const ms = (t: Timing) => `${t.fastest.toFixed(3)} / ${t.median.toFixed(3)} ±${t.spread.toFixed(0)}%`;
const x = (r: Ratio) => `${r.fastest.toFixed(2)}× (medians ${r.median.toFixed(2)}×)`;
const gz = (b: { gzip: number }) => `${b.gzip} B`;
const check = (ok: boolean) => (ok ? '✓' : '✗');

export function tableRows(f: BenchFigures): string {
  const { ssr, ratios, html, sizes, parsing } = f;
  const rows: string[][] = [
    [
      'SSR parse + render, ms/tweet (fastest / median ±spread)',
      ms(ssr.ours),
      ms(ssr.reactTweet),
      x(ratios.vsReactTweet),
      `≤ ${TARGETS.vsReactTweet}× ${check(ratios.vsReactTweet.fastest <= TARGETS.vsReactTweet)}`,
    ],
    [
      '… against the template-string floor (parse + same HTML)',
      ms(ssr.ours),
      `floor ${ms(ssr.floor)}`,
      x(ratios.vsFloor),
      `≤ ${TARGETS.vsFloor}× ${check(ratios.vsFloor.fastest <= TARGETS.vsFloor)}`,
    ],
    ['… of which parsing, ms/tweet', ms(ssr.parse), '', '', ''],
    [
      'Bluesky + Mastodon posts parse + render, ms/post',
      ms(ssr.social),
      `floor ${ms(ssr.socialFloor)}`,
      x(ratios.socialVsFloor),
      `≤ ${TARGETS.vsFloor}× ${check(ratios.socialVsFloor.fastest <= TARGETS.vsFloor)}`,
    ],
    ['Seed article parse + render, ms', ms(ssr.seedArticle), '', '', ''],
    [
      'HTML per tweet, bytes',
      html.ours.toFixed(0),
      html.reactTweet.toFixed(0),
      `${(html.ours / html.reactTweet).toFixed(2)}×`,
      '',
    ],
    [
      'JS `import { Tweet }` (English), min+gz',
      gz(sizes.tweet),
      `${gz(sizes.reactTweet)} (EmbeddedTweet)`,
      `${(sizes.tweet.gzip / sizes.reactTweet.gzip).toFixed(2)}×`,
      `≤ ${TARGETS.tweetJs} B ${check(sizes.tweet.gzip <= TARGETS.tweetJs)}`,
    ],
    ...f.islands.map((name) => {
      const size = sizes.islands[name as keyof Sizes['islands']];
      return [
        `JS island ${name} alone, min+gz`,
        gz(size),
        '',
        '',
        `≤ ${TARGETS.islandJs} B ${check(size.gzip <= TARGETS.islandJs)}`,
      ];
    }),
    ...f.languages.map((language) => [
      `JS + language pack \`${language}\`, gz added`,
      `${sizes.languages[language as keyof Sizes['languages']]} B`,
      '',
      '',
      '',
    ]),
    [
      'CSS styles.css, min+gz',
      gz(sizes.css.all),
      `${gz(sizes.css.reactTweet)} (EmbeddedTweet)`,
      '',
      `≤ ${TARGETS.stylesCss} B ${check(sizes.css.all.gzip <= TARGETS.stylesCss)}`,
    ],
    [
      'CSS tweet.css (tweet part alone), min+gz',
      gz(sizes.css.tweet),
      `${gz(sizes.css.reactTweet)} (EmbeddedTweet)`,
      `${(sizes.css.tweet.gzip / sizes.css.reactTweet.gzip).toFixed(2)}×`,
      `≤ ${TARGETS.tweetCss} B ${check(sizes.css.tweet.gzip <= TARGETS.tweetCss)}`,
    ],
    ...Object.entries(parsing).flatMap(([name, results]) =>
      results.map((r, i) => {
        const before = results[i - 1];
        const label = `${name} ${(r.bytes / 1e6).toFixed(2)} MB, MB/s (time ×growth per 10×)`;
        if (r.rejected) return [label, 'refused: over its size limit', '', '', ''];
        const growth = before && !before.rejected ? r.ms / before.ms : undefined;
        const ok = r.mbPerS >= TARGETS.mbPerS && (growth === undefined || growth <= TARGETS.growthPer10x);
        return [
          label,
          `${r.mbPerS.toFixed(1)} MB/s`,
          '',
          growth === undefined ? '' : `${growth.toFixed(1)}×`,
          `≥ ${TARGETS.mbPerS} MB/s, ≤ ${TARGETS.growthPer10x}× ${check(ok)}`,
        ];
      }),
    ),
  ];
  const header = ['measure', 'broadsheet', 'react-tweet / floor', 'ratio', 'target'];
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/**
 * The linearity report of issue 10: for each adversarial shape, the time of
 * its public parser (or render) at 10 KB, 100 KB and 1 MB, the growth per
 * 10× and the ratio to plain input of the same size, and the time at the
 * entry path's documented size limit. Times are the best of several runs
 * (other jobs on the machine only ever add time), never asserted in
 * `npm test`: `bench/linearity-run.mjs` runs this alone, and `npm run bench`
 * calls `linearityReport` and `formatLinearity`.
 */
import { articleHtml, articleText } from './linearity-article.js';

export { formatLinearity } from './linearity-format.js';

import { renderArticleHtml, renderStoredBlocks, renderStoredTweet, renderTweetEmbed } from './linearity-render.js';
import type { Shape, Target } from './linearity-shape.js';
import { blueskyEmbed, blueskyPost, blueskyText, mastodonEmbed, mastodonStatus } from './linearity-social.js';
import { segments, syndication, tweetEmbed, tweetText } from './linearity-tweets.js';

export const TARGETS: readonly Target[] = [
  articleText,
  articleHtml,
  tweetText,
  segments,
  syndication,
  tweetEmbed,
  blueskyPost,
  blueskyEmbed,
  blueskyText,
  mastodonStatus,
  mastodonEmbed,
  renderTweetEmbed,
  renderArticleHtml,
  renderStoredBlocks,
  renderStoredTweet,
];

export const SIZES: readonly number[] = [10_000, 100_000, 1_000_000];

/** The bar: at most this much slower per 10× input… */
export const MAX_GROWTH = 12;
/** …at most this many times plain input of the same size… */
export const MAX_RATIO = 3;
/** …and nothing at a documented limit over this. */
export const MAX_AT_LIMIT_MS = 1000;
/**
 * Growth is judged only where the larger time reaches this: below a
 * millisecond, the timer's resolution and what fits in a cache move the
 * ratio more than the code does.
 */
export const MIN_JUDGED_MS = 1;
/**
 * Plain input grows faster than 10× too where its working set leaves the
 * caches (on a shared 2-core machine, plain article HTML grows 11–18× from
 * 100 KB to 1 MB): a shape fails on growth only when it also grows more than
 * this many times what plain input grows over the same step.
 */
export const MAX_GROWTH_OVER_PLAIN = 1.2;

export interface LinearityPoint {
  size: number;
  /** Best CPU time of one run, ms. */
  ms: number;
  /** Best CPU time of plain input of the same size, measured in turns with the shape's. */
  plainMs: number;
  /** Over a limit that rejects: the time is the refusal's, and no bar applies. */
  rejected: boolean;
}

export interface LinearityRow {
  target: string;
  shape: string;
  /** One of the issue's own examples. */
  example: boolean;
  unit?: string;
  points: LinearityPoint[];
  /** Time ratio between consecutive sizes within the limit (each 10× the last). */
  growth: number[];
  /** The same for plain input. */
  plainGrowth: number[];
  /** Worst time ratio to plain input of the same size. */
  ratio: number;
  /** The documented limit and the time at it, when the target has one. */
  limit?: { chars: number; constant: string; ms: number };
  /** What misses the bar; empty when the shape meets it. */
  failures: string[];
}

export interface LinearityOptions {
  sizes?: readonly number[];
  /** Only targets or shapes whose name includes this. */
  filter?: string;
  /** Only the issue's own examples. */
  examples?: boolean;
  /** CPU time spent per point, ms (the best of the runs that fit counts). */
  budgetMs?: number;
  /** Called after each row, for progress. */
  onRow?: (row: LinearityRow) => void;
  /**
   * A full garbage collection (`gc` under --expose-gc), run before each
   * point: what one shape's megabyte left in the heap is then not collected
   * during the next shape's runs.
   */
  collect?: () => void;
}

/** CPU time of this process, ms: other jobs on the machine take turns on the cores, not our CPU time. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function batchTime(run: () => unknown, count: number): number {
  const start = cpuMs();
  for (let index = 0; index < count; index += 1) run();
  return (cpuMs() - start) / count;
}

/**
 * The best CPU time of one call of each of `runs`, ms. They are measured in
 * turns, a batch of at least 5 ms each, at least 5 rounds and then until
 * `budgetMs` is spent, so a shape and its plain input see the same machine.
 */
export function bestTimes(runs: readonly (() => unknown)[], budgetMs = 400): number[] {
  const best = runs.map((run) => batchTime(run, 1));
  const counts = best.map((ms) => Math.max(1, Math.min(10_000, Math.ceil(5 / Math.max(ms, 0.0005)))));
  const deadline = cpuMs() + budgetMs;
  for (let round = 0; round < 5 || (cpuMs() < deadline && round < 100); round += 1) {
    runs.forEach((run, index) => {
      best[index] = Math.min(best[index] ?? Number.POSITIVE_INFINITY, batchTime(run, counts[index] ?? 1));
    });
  }
  return best;
}

function ratios(values: readonly number[]): number[] {
  return values.slice(1).map((value, index) => value / (values[index] ?? value));
}

function judge(row: LinearityRow, counted: readonly LinearityPoint[]): void {
  row.growth.forEach((factor, index) => {
    const larger = counted[index + 1]?.ms ?? 0;
    const plain = row.plainGrowth[index] ?? 0;
    if (factor > MAX_GROWTH && factor > plain * MAX_GROWTH_OVER_PLAIN && larger >= MIN_JUDGED_MS) {
      row.failures.push(`grows ${factor.toFixed(1)}× from ${size(counted[index]?.size)} (plain ${plain.toFixed(1)}×)`);
    }
  });
  if (row.ratio > MAX_RATIO) row.failures.push(`${row.ratio.toFixed(1)}× plain input`);
  if (row.limit !== undefined && row.limit.ms > MAX_AT_LIMIT_MS)
    row.failures.push(`${row.limit.ms.toFixed(0)} ms at the limit`);
}

function measureRow(
  target: Target,
  shape: Shape,
  sizes: readonly number[],
  budgetMs: number,
  collect: () => void,
): LinearityRow {
  const points: LinearityPoint[] = [];
  const limit = target.limit;
  for (const size of sizes) {
    const input = shape.make(size);
    const plain = target.plain(size);
    collect();
    if (typeof input === 'string' && input.length > size) throw new Error(`${shape.name}: ${input.length} > ${size}`);
    const [ms = 0, plainMs = 0] = bestTimes([() => target.run(input), () => target.run(plain)], budgetMs);
    points.push({ size, ms, plainMs, rejected: limit?.kind === 'rejects' && size > limit.chars });
  }
  const counted = points.filter((point) => !point.rejected);
  const row: LinearityRow = {
    target: target.name,
    shape: shape.name,
    example: shape.example === true,
    points,
    growth: ratios(counted.map((point) => point.ms)),
    plainGrowth: ratios(counted.map((point) => point.plainMs)),
    ratio: Math.max(...counted.map((point) => point.ms / point.plainMs)),
    failures: [],
  };
  if (target.unit !== undefined) row.unit = target.unit;
  if (limit !== undefined) {
    const at = points.find((point) => point.size === limit.chars);
    // At a limit of megabytes one run says whether it takes over a second; the best of two is enough.
    const input = at === undefined ? shape.make(limit.chars) : undefined;
    collect();
    const ms =
      at?.ms ??
      Math.min(
        batchTime(() => target.run(input), 1),
        batchTime(() => target.run(input), 1),
      );
    row.limit = { chars: limit.chars, constant: limit.constant, ms };
  }
  judge(row, counted);
  return row;
}

/** Every shape of every target (or those `filter` names), measured. */
export function linearityReport(options: LinearityOptions = {}): LinearityRow[] {
  const sizes = options.sizes ?? SIZES;
  const budgetMs = options.budgetMs ?? 400;
  const filter = options.filter;
  const rows: LinearityRow[] = [];
  for (const target of TARGETS) {
    const shapes = target.shapes.filter(
      (shape) =>
        (filter === undefined || target.name.includes(filter) || shape.name.includes(filter)) &&
        (options.examples !== true || shape.example === true),
    );
    if (shapes.length === 0) continue;
    // Warm the target up on plain input first, so its first shape is not timed cold.
    const small = target.plain(sizes[0] ?? 10_000);
    bestTimes([() => target.run(small)], budgetMs);
    for (const shape of shapes) {
      const row = measureRow(target, shape, sizes, budgetMs, options.collect ?? (() => undefined));
      rows.push(row);
      options.onRow?.(row);
    }
  }
  return rows;
}

export function size(chars: number | undefined): string {
  if (chars === undefined) return '?';
  if (chars >= 1_000_000) return `${chars / 1_000_000} MB`;
  return chars >= 1000 ? `${chars / 1000} KB` : `${chars} B`;
}

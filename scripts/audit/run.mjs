// `npm run audit`: the WCAG 2.2 checks axe can't make, and zero layout shift,
// over every story of the static Storybook build, in headless Chromium.
//
//   node scripts/audit/run.mjs [--build] [--update-aria] [--only=<id part>]
//
// --build rebuilds storybook-static first (it is built when missing);
// --update-aria rewrites the accessibility-tree baselines in tests/browser/aria/.
// Exits 1 on any failure. Writes storybook-static/audit-results.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ARIA_STORIES, checkAriaBaseline } from './aria.mjs';
import {
  checkFocus,
  checkForcedColors,
  checkLayoutShift,
  checkMotion,
  checkReflow,
  checkTargets,
  checkTextSpacing,
  checkZoom,
} from './checks.mjs';
import { serveStatic } from './serve.mjs';
import { auditContext, launch, storyPage } from './stories.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const staticDir = `${repo}storybook-static`;
const ariaDir = `${repo}tests/browser/aria`;
const ROOT = '#storybook-root';
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const started = Date.now();

if (flag('build') || !existsSync(`${staticDir}/index.json`)) {
  const built = spawnSync('npm', ['run', 'build-storybook'], { cwd: repo, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8'));
const only = option('only');
const stories = Object.values(index.entries)
  .filter((e) => e.type === 'story' && (!only || e.id.includes(only)))
  .map((e) => ({ id: e.id, title: `${e.title}/${e.name}` }));

// Each setting is a viewport and media features; every story is rendered once
// under each, and the checks that need that setting run on it.
const settings = {
  w360: { viewport: { width: 360, height: 800 } },
  w768: { viewport: { width: 768, height: 800 } },
  w1280: { viewport: { width: 1280, height: 800 } },
  forced: { viewport: { width: 1280, height: 800 }, forcedColors: 'active', reducedMotion: 'reduce' },
};

const plans = {
  async w360(page) {
    const shift = await checkLayoutShift(page);
    const targets = await checkTargets(page, ROOT);
    await page.setViewportSize({ width: 320, height: 800 });
    return {
      'layout shift 360 px': shift,
      'target size 360 px': targets,
      'reflow 320 px': await checkReflow(page),
      'text spacing 320 px': await checkTextSpacing(page, ROOT),
    };
  },
  async w768(page) {
    return {
      'layout shift 768 px': await checkLayoutShift(page),
      'target size 768 px': await checkTargets(page, ROOT),
    };
  },
  async w1280(page, story) {
    const aria = ARIA_STORIES.includes(story.id)
      ? { 'accessibility tree': await checkAriaBaseline(page, ROOT, story.id, ariaDir, flag('update-aria')) }
      : {};
    return {
      'layout shift 1280 px': await checkLayoutShift(page),
      'target size 1280 px': await checkTargets(page, ROOT),
      ...aria,
      'focus visible': await checkFocus(page, ROOT),
      'zoom 200 %': await checkZoom(page, ROOT),
    };
  },
  async forced(page) {
    return {
      'forced colours': await checkForcedColors(page, ROOT),
      'reduced motion': await checkMotion(page, ROOT),
    };
  },
};

const server = await serveStatic(staticDir);
const browser = await launch();

const results = new Map(stories.map((s) => [s.id, { title: s.title, checks: {} }]));
const timing = Object.fromEntries(Object.keys(settings).map((s) => [s, 0]));

// Pages per setting: the 1280 px one also tabs through every story, so it gets more.
const pagesPer = { w360: 1, w768: 1, w1280: 3, forced: 1 };
const total = stories.length * Object.keys(settings).length;
let done = 0;

// Each page has a browser context of its own. Pages of one context share localStorage, and a write in one (a
// story's consent choice, the clear between stories) fires a `storage` event in the others: a consent gate
// open in one page then closed when another page cleared storage, a layout shift no reader could cause.
async function worker(setting, queue) {
  const context = await auditContext(browser, server.url, settings[setting]);
  const { page, show } = await storyPage(context, server.url);
  while (queue.length > 0) {
    const story = queue.shift();
    const t0 = Date.now();
    try {
      await page.setViewportSize(settings[setting].viewport);
      const status = await show(story.id);
      const checks = await plans[setting](page, story);
      // Layout shift is the one timing-bound measure: a late render on a busy machine can move content after the
      // 500 ms input window. A real shift repeats, so a story that shifts is rendered and measured once more and
      // fails only if it shifts again.
      const shifted = Object.keys(checks).filter(
        (name) => name.startsWith('layout shift') && checks[name].failures.length,
      );
      if (shifted.length > 0) {
        await show(story.id);
        const again = await plans[setting](page, story);
        for (const name of shifted) if (again[name]) checks[name] = again[name];
      }
      // Play functions assert the normal rendering; under forced colours some
      // (a theme's color-scheme) can't hold, and that says nothing about access.
      if (!status.ok && setting !== 'forced') {
        checks[`story ${setting}`] = {
          failures: [`story did not finish: ${status.event} ${status.message ?? ''}`],
          counts: {},
        };
      }
      Object.assign(results.get(story.id).checks, checks);
    } catch (error) {
      results.get(story.id).checks[`audit ${setting}`] = { failures: [`audit error: ${error.message}`], counts: {} };
    }
    timing[setting] += Date.now() - t0;
    done++;
    if (process.stdout.isTTY) process.stdout.write(`\r${done}/${total} story renders`);
  }
  await context.close();
}

await Promise.all(
  Object.keys(settings).flatMap((setting) => {
    const queue = [...stories];
    return Array.from({ length: pagesPer[setting] }, () => worker(setting, queue));
  }),
);
if (process.stdout.isTTY) process.stdout.write('\n');
await browser.close();
await server.close();

// One row per check: stories that pass, stories that fail, and the counts summed.
const summary = {};
let failed = 0;
for (const [id, story] of results) {
  for (const [name, check] of Object.entries(story.checks)) {
    summary[name] ??= { pass: 0, fail: 0, counts: {}, exceptions: new Set() };
    const row = summary[name];
    if (check.failures.length > 0) {
      row.fail++;
      failed += check.failures.length;
      for (const f of check.failures) console.log(`✗ ${story.title} (${id}) — ${name}: ${f}`);
    } else row.pass++;
    for (const e of check.exceptions ?? []) row.exceptions.add(e);
    for (const [k, v] of Object.entries(check.counts)) row.counts[k] = (row.counts[k] ?? 0) + v;
  }
}
console.log(
  `\nAudit of ${stories.length} stories (${total} renders on ${Object.values(pagesPer).reduce((a, b) => a + b)} pages):`,
);
for (const [name, row] of Object.entries(summary).sort(([a], [b]) => a.localeCompare(b))) {
  const counts = Object.entries(row.counts)
    .map(([k, v]) => `${k} ${Math.round(v * 10000) / 10000}`)
    .join(', ');
  // "N of M stories fine", not "N pass N fail": CI reads count-and-verdict lines as a test runner's.
  const stories = row.pass + row.fail;
  console.log(
    `  ${name.padEnd(22)} ${String(row.pass).padStart(3)} of ${String(stories).padStart(3)} stories fine  ${counts}`,
  );
}
// 2.5.8 asks which exception each undersized target meets: list each kind once.
const exceptions = new Set(Object.values(summary).flatMap((row) => [...row.exceptions]));
if (exceptions.size > 0)
  console.log(`\nTargets under 24×24 that meet a 2.5.8 exception:\n  ${[...exceptions].sort().join('\n  ')}`);
for (const row of Object.values(summary)) row.exceptions = [...row.exceptions].sort();
// Workers finish in any order: sort, so two runs write the same file.
const sorted = (object) => Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
const storyResults = [...results].map(([id, story]) => [id, { ...story, checks: sorted(story.checks) }]);
writeFileSync(
  `${staticDir}/audit-results.json`,
  `${JSON.stringify({ summary: sorted(summary), stories: Object.fromEntries(storyResults) }, null, 2)}\n`,
);
console.log(
  `Seconds per setting (summed over pages): ${Object.entries(timing)
    .map(([k, v]) => `${k} ${Math.round(v / 1000)}`)
    .join(', ')}`,
);
// Worded unlike a test runner's closing line ("N failures"): CI reads those,
// and this one counts problems, not tests. The totals are in audit-results.json.
const checks = Object.values(summary).reduce((n, row) => n + row.pass + row.fail, 0);
console.log(
  `audit: ${checks} story checks, ${failed} problems found, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failed === 0 ? 0 : 1);

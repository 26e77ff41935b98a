// The audit's checks, each taking a Playwright page that already has
// `auditKit` installed (scripts/audit/in-page.mjs) and returning
// `{ failures: string[], counts: Record<string, number> }`. They run on
// Storybook stories in scripts/audit/run.mjs and on deliberately broken pages
// in tests/browser/checks.test.ts.
import { changedPixels, decodePng } from './png.mjs';

/** WCAG 1.4.12's minimum spacing, as the well-known text-spacing bookmarklet applies it. */
export const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

/** Contrast between an indicator's pixels focused and not: 2.4.13's 3:1 (AA 2.4.7 names no figure). */
const FOCUS_CONTRAST = 3;

const result = (failures = [], counts = {}) => ({ failures, counts });

/** Cumulative layout shift since the page began (hadRecentInput shifts excluded, as CLS does). */
export async function checkLayoutShift(page) {
  const { total, shifts } = await page.evaluate(() => window.__bsAudit.layoutShift());
  if (total === 0) return result([], { cls: 0 });
  const where = shifts.map((s) => `${s.value.toFixed(4)} (${s.sources.join(', ')})`).join('; ');
  return result([`layout shift ${total.toFixed(4)}: ${where}`], { cls: total });
}

/** 2.5.8 on every visible target; counts say which way each one passed. */
export async function checkTargets(page, root) {
  const found = await page.evaluate((r) => window.__bsAudit.targets(r), root);
  const counts = { size: 0, spacing: 0, inline: 0, clashing: 0 };
  const failures = [];
  const exceptions = [];
  for (const t of found) {
    if (t.pass === 'spacing' || t.pass === 'inline') exceptions.push(`${t.pass}: ${t.box.w}×${t.box.h} ${t.target}`);
    if (t.pass) counts[t.pass]++;
    else {
      counts.clashing++;
      failures.push(`target ${t.box.w}×${t.box.h} ${t.target}, too close to ${t.clash}`);
    }
  }
  return { ...result(failures, counts), exceptions };
}

/** 1.4.10 at the page's current width: nothing may scroll sideways. */
export async function checkReflow(page) {
  const r = await page.evaluate(() => window.__bsAudit.reflow());
  if (r.scrollWidth <= r.width) return result([], { overflow: 0 });
  return result([`scrolls sideways at ${r.width} px: ${r.scrollWidth} px wide (${r.culprits.join(', ')})`], {
    overflow: r.scrollWidth - r.width,
  });
}

function newlyClipped(before, after) {
  return Object.entries(after)
    .filter(([key, v]) => v.lost > (before[key]?.lost ?? 0))
    .map(([, v]) => v.text);
}

/** 1.4.12: the spacing overrides may not clip text that was whole before, nor make the page scroll sideways. */
export async function checkTextSpacing(page, root) {
  const before = await page.evaluate((r) => window.__bsAudit.clippedText(r), root);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  const style = await page.addStyleTag({ content: TEXT_SPACING_CSS });
  const after = await page.evaluate((r) => window.__bsAudit.clippedText(r), root);
  const reflow = await page.evaluate(() => window.__bsAudit.reflow());
  await style.evaluate((el) => el.remove());
  const failures = newlyClipped(before, after).map((t) => `text spacing clips ${t}`);
  if (reflow.scrollWidth > Math.max(width, reflow.width)) {
    failures.push(`text spacing makes the page scroll sideways (${reflow.culprits.join(', ')})`);
  }
  return result(failures, { clipped: failures.length });
}

/**
 * 1.4.4/1.4.10 at 200 %: a window zoomed to 200 % lays out exactly as one of
 * half its CSS width, so the page is narrowed to half and must neither scroll
 * sideways nor clip text it showed whole before.
 */
export async function checkZoom(page, root) {
  const size = page.viewportSize();
  const before = await page.evaluate((r) => window.__bsAudit.clippedText(r), root);
  await page.setViewportSize({ width: Math.round(size.width / 2), height: Math.round(size.height / 2) });
  const after = await page.evaluate((r) => window.__bsAudit.clippedText(r), root);
  const reflow = await checkReflow(page);
  await page.setViewportSize(size);
  const failures = [...newlyClipped(before, after).map((t) => `200 % zoom clips ${t}`), ...reflow.failures];
  return result(failures, { lost: failures.length });
}

async function shot(page, clip) {
  return decodePng(await page.screenshot({ clip, animations: 'disabled', caret: 'hide', scale: 'css' }));
}

/**
 * 2.4.7 and 2.4.11 for every element Tab reaches, in order: focused by the
 * keyboard, its surroundings must change visibly against the same pixels
 * unfocused (at least its perimeter's worth at 3:1), and some of it must be
 * on screen and on top.
 */
export async function checkFocus(page, root, { maxStops = 200 } = {}) {
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'bs-audit-start';
    document.body.prepend(start);
    start.focus();
  });
  const failures = [];
  const counts = { focusable: 0, visible: 0 };
  const seen = new Set();
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const probe = await page.evaluate((r) => {
      const el = document.activeElement;
      if (!el || el === document.body || el.id === 'bs-audit-start') return undefined;
      window.__bsAuditStops = (window.__bsAuditStops ?? 0) + (el.dataset.bsAuditStop ? 0 : 1);
      el.dataset.bsAuditStop ??= String(window.__bsAuditStops);
      return { key: el.dataset.bsAuditStop, ...window.__bsAudit.focusProbe(r) };
    }, root);
    if (!probe || seen.has(probe.key)) break;
    seen.add(probe.key);
    if (!probe.inRoot) continue;
    counts.focusable++;
    if (probe.tried === 0) {
      failures.push(`focus: ${probe.target} is off screen when focused (${JSON.stringify(probe.box)})`);
      continue;
    }
    if (probe.seen === 0) failures.push(`focus: ${probe.target} is hidden behind other content when focused`);
    const view = page.viewportSize();
    const pad = 8;
    const x = Math.max(0, probe.box.x - pad);
    const y = Math.max(0, probe.box.y - pad);
    const clip = {
      x,
      y,
      width: Math.min(view.width, probe.box.x + probe.box.w + pad) - x,
      height: Math.min(view.height, probe.box.y + probe.box.h + pad) - y,
    };
    if (clip.width <= 0 || clip.height <= 0) continue;
    const focused = await shot(page, clip);
    // Blurring keeps the sequential focus starting point, so the next Tab goes on from here.
    await page.evaluate(() => document.activeElement?.blur());
    const plain = await shot(page, clip);
    const changed = changedPixels(focused, plain, { x: 0, y: 0, w: focused.width, h: focused.height }, FOCUS_CONTRAST);
    const w = Math.min(probe.box.w, clip.width);
    const h = Math.min(probe.box.h, clip.height);
    const needed = Math.max(8, 2 * (w + h));
    if (changed >= needed) counts.visible++;
    else failures.push(`focus: ${probe.target} shows no visible indicator (${changed} of ${needed} px changed at 3:1)`);
  }
  await page.evaluate(() => document.getElementById('bs-audit-start')?.remove());
  return result(failures, counts);
}

/**
 * forced-colors: active. Every icon still paints (its pixels differ at 3:1
 * from the page with icons hidden), every control keeps a border, and no box
 * is seen only through a background, which forced colours paint over.
 */
export async function checkForcedColors(page, root) {
  const forced = await page.evaluate(() => matchMedia('(forced-colors: active)').matches);
  if (!forced) return result(['forced colours are not active on this page'], {});
  const parts = await page.evaluate((r) => window.__bsAudit.forcedParts(r), root);
  const backgroundOnly = await page.evaluate((r) => window.__bsAudit.backgroundOnly(r), root);
  const failures = [
    ...parts.controls.map((c) => `forced colours: control ${c} has no border`),
    ...backgroundOnly.map((c) => `forced colours: ${c} is seen only through its background`),
  ];
  const counts = { icons: parts.icons.length, iconsShown: 0, controls: parts.controls.length };
  if (parts.icons.length > 0) {
    const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
    // One picture of the part of the page the icons span, with and without them.
    const boxes = parts.icons.map((i) => ({ x: i.box.x + scroll.x, y: i.box.y + scroll.y, w: i.box.w, h: i.box.h }));
    const x = Math.min(...boxes.map((b) => b.x));
    const y = Math.min(...boxes.map((b) => b.y));
    const clip = {
      x,
      y,
      width: Math.max(...boxes.map((b) => b.x + b.w)) - x,
      height: Math.max(...boxes.map((b) => b.y + b.h)) - y,
    };
    const picture = async () =>
      decodePng(await page.screenshot({ fullPage: true, clip, animations: 'disabled', scale: 'css' }));
    const withIcons = await picture();
    const style = await page.addStyleTag({ content: 'svg { visibility: hidden !important; }' });
    const without = await picture();
    await style.evaluate((el) => el.remove());
    for (const [i, icon] of parts.icons.entries()) {
      const box = boxes[i];
      const region = { x: box.x - x, y: box.y - y, w: box.w, h: box.h };
      const painted = changedPixels(withIcons, without, region, 3);
      if (painted >= Math.max(4, 0.03 * icon.box.w * icon.box.h)) counts.iconsShown++;
      else failures.push(`forced colours: icon ${icon.target} disappears (${painted} px at 3:1)`);
    }
  }
  return result(failures, counts);
}

/** prefers-reduced-motion: reduce (set on the page's context): nothing may move. */
export async function checkMotion(page, root) {
  const moving = await page.evaluate((r) => window.__bsAudit.motion(r), root);
  return result(
    moving.map((m) => `reduced motion: ${m}`),
    { moving: moving.length },
  );
}

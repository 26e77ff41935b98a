// The linearity report as a plain-text table: one group per entry point,
// one line per shape, the bar and the verdict last.
import {
  type LinearityRow,
  MAX_AT_LIMIT_MS,
  MAX_GROWTH,
  MAX_GROWTH_OVER_PLAIN,
  MAX_RATIO,
  MIN_JUDGED_MS,
  size,
} from './linearity.js';

function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(3);
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)))
    .join('  ')
    .trimEnd();
}

function cells(row: LinearityRow, steps: number): string[] {
  const growth: string[] = [];
  for (let index = 0; index < steps; index += 1) {
    const factor = row.growth[index];
    const plain = row.plainGrowth[index];
    growth.push(factor === undefined ? '' : `${factor.toFixed(1)} (${(plain ?? Number.NaN).toFixed(1)})`);
  }
  return [
    `${row.example ? '* ' : '  '}${row.shape}`,
    ...row.points.map((point) => (point.rejected ? `${ms(point.ms)} (too large)` : ms(point.ms))),
    ...growth,
    `${row.ratio.toFixed(2)}×`,
    row.limit ? `${ms(row.limit.ms)} @${size(row.limit.chars)}` : '–',
    row.failures.length === 0 ? 'ok' : `FAIL: ${row.failures.join('; ')}`,
  ];
}

/** The rows as a table, with the bar and how many shapes meet it. */
export function formatLinearity(rows: readonly LinearityRow[]): string {
  const sizes = rows[0]?.points.map((point) => point.size) ?? [];
  const header = [
    'shape',
    ...sizes.map((s) => `${size(s)} ms`),
    ...sizes.slice(1).map((s) => `×${size(s)} (plain)`),
    'vs plain',
    'at limit',
    '',
  ];
  const lines: string[][] = [];
  let target = '';
  for (const row of rows) {
    if (row.target !== target) {
      target = row.target;
      const plain = row.points.map((point) => ms(point.plainMs)).join(' / ');
      lines.push([`${target}${row.unit ? ` (n: the ${row.unit}'s length)` : ''} · plain input ${plain} ms`]);
    }
    lines.push(cells(row, sizes.length - 1));
  }
  const table = [header, ...lines.filter((line) => line.length > 1)];
  const widths = header.map((_, index) => Math.max(...table.map((line) => line[index]?.length ?? 0)));
  const failing = rows.filter((row) => row.failures.length > 0).length;
  return [
    pad(header, widths),
    ...lines.map((line) => (line.length === 1 ? (line[0] ?? '') : pad(line, widths))),
    '',
    `Bar: ≤ ${MAX_GROWTH}× per 10× input (where plain input itself grows more, ≤ ${MAX_GROWTH_OVER_PLAIN}× its growth; judged from ${MIN_JUDGED_MS} ms up),`,
    `≤ ${MAX_RATIO}× plain input of the same size, ≤ ${MAX_AT_LIMIT_MS} ms at a documented limit.`,
    "Best CPU time of a run, ms; n is characters of input; * marks the issue's own examples.",
    `${rows.length - failing} of ${rows.length} shapes meet the bar.`,
  ].join('\n');
}

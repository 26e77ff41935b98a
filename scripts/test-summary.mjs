// Prints the last test run's totals as one plain line, read from the JSON
// report Vitest writes next to its console output, plus the visual
// regression run's (Playwright's JSON report) and the audit's when CI made them.
import { existsSync, readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../test-results.json', import.meta.url), 'utf8'));
let passed = report.numPassedTests;
let failed = report.numFailedTests;
let skipped = report.numPendingTests + report.numTodoTests;
let ok = failed === 0 && report.success;

const visualFile = new URL('../test-results/visual.json', import.meta.url);
if (existsSync(visualFile)) {
  const { stats } = JSON.parse(readFileSync(visualFile, 'utf8'));
  passed += stats.expected;
  failed += stats.unexpected + stats.flaky;
  skipped += stats.skipped;
  ok = ok && stats.unexpected === 0 && stats.flaky === 0;
}
// The browser audit's story checks (scripts/audit/run.mjs), when CI ran it.
const auditFile = new URL('../storybook-static/audit-results.json', import.meta.url);
if (existsSync(auditFile)) {
  const { summary } = JSON.parse(readFileSync(auditFile, 'utf8'));
  for (const row of Object.values(summary)) {
    passed += row.pass;
    failed += row.fail;
    ok = ok && row.fail === 0;
  }
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);

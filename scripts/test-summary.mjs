// Prints the last test run's totals as one plain line, read from the JSON
// report Vitest writes next to its console output.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../test-results.json', import.meta.url), 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
process.exit(report.numFailedTests === 0 && report.success ? 0 : 1);

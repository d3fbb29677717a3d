// Adds up the JSON reports of every Vitest run of `npm test` into one closing line.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

const reportDir = '.tmp/test-reports';
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(reportDir)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const report = JSON.parse(readFileSync(join(reportDir, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  console.log(
    `${file.replace(/\.json$/, '')}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
  );
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

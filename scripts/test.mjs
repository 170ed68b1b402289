// Runs vitest and prints the plain closing line CI reads: "N passed, N failed[, N skipped]".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const out = '.vitest.json';
fs.rmSync(out, { force: true });
const r = spawnSync('node_modules/.bin/vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${out}`, ...process.argv.slice(2)], { stdio: 'inherit' });
let passed = 0, failed = 0, skipped = 0;
if (fs.existsSync(out)) {
  const j = JSON.parse(fs.readFileSync(out, 'utf8'));
  passed = j.numPassedTests;
  skipped = j.numPendingTests + (j.numTodoTests ?? 0);
  // a suite that fails to load has no failed tests of its own: count it as one failure
  failed = j.numFailedTests || j.numFailedTestSuites || 0;
}
// vitest failed without a failed test (a crashed worker, an unhandled error): that is a failure too
if (r.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(r.status === 0 && failed === 0 && passed > 0 ? 0 : 1);

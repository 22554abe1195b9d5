// Prints CI's closing line from jest's --json report: `ci: N passed, N failed`.
// A failing step outside jest (format, lint, typecheck, build) counts as one failure, so a red run never reads green.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, exitStatus] = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (reportPath && existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests;
  // Suites that crash before running any test report no failed tests: count each as one failure.
  failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
}
if (Number(exitStatus) !== 0 && failed === 0) failed = 1;
console.log(`ci: ${passed} passed, ${failed} failed`);

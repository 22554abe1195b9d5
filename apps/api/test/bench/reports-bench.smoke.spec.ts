import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '@anxin/testing';
import { runBenchSmoke } from '../support/bench-smoke';

describe('npm run bench:reports -- --smoke', () => {
  it('should seed tickets, compare every shipped report with its hand-written SQL, time the dashboards, and leave the docs alone', async () => {
    // given the benchmarks document as it is
    const doc = path.join(workspaceRoot, 'docs/benchmarks.md');
    const before = readFileSync(doc, 'utf8');

    // when the benchmark runs in smoke mode (a few thousand tickets; the engine's answers checked against the SQL)
    const run = await runBenchSmoke('reports');

    // then it completes and prints the machine, a line per shipped report and dashboard, and the goal lines
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr.slice(-2000) }).toEqual({ code: 0, stderr: '' });
    const lines = run.stdout.split('\n');
    const printed = (pattern: RegExp) => lines.some((line) => pattern.test(line));
    expect(printed(/^Machine: \d+ cores .*PostgreSQL \d+/)).toBe(true);
    expect(printed(/^\| report +\| rows \| engine \(median\) \| hand-written SQL \(median\) \| +ratio \|/)).toBe(true);
    for (const report of ['sla-breach-rate-by-project-month', 'repeat-repairs-by-unit-type', 'tickets-per-day'])
      expect(
        printed(new RegExp(`^\\| ${report} +\\| +[\\d ]+ \\| +[\\d. ]+ ms \\| +[\\d. ]+ ms \\| +[\\d.]+× \\|`)),
      ).toBe(true);
    expect(printed(/^- \*\*Worst ratio: [\d.]+× \([a-z-]+\)\*\* \(goal ≤ 1\.2×: /)).toBe(true);
    for (const dashboard of ['executive', 'engineering-supervisor', 'customer-service'])
      expect(printed(new RegExp(`^\\| ${dashboard} +\\| +\\d+ \\| +[\\d. ]+ ms \\| +[\\d. ]+ ms \\| none +\\|`))).toBe(
        true,
      );

    // and the docs are not rewritten in smoke mode
    expect(readFileSync(doc, 'utf8')).toBe(before);
  }, 240_000);
});

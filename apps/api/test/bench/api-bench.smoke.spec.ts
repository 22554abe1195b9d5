import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '@anxin/testing';
import { runBenchSmoke } from '../support/bench-smoke';

describe('npm run bench:api -- --smoke', () => {
  it('should complete tasks and read the inbox through GraphQL, print the results, and leave the docs alone', async () => {
    // given the benchmarks document as it is
    const doc = path.join(workspaceRoot, 'docs/benchmarks.md');
    const before = readFileSync(doc, 'utf8');

    // when the benchmark runs in smoke mode
    const run = await runBenchSmoke('api');

    // then it completes (every response checked) and prints the machine, the table and every goal line
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = run.stdout.split('\n');
    const printed = (pattern: RegExp) => lines.some((line) => pattern.test(line));
    expect(printed(/^Machine: \d+ cores .*PostgreSQL \d+.*synchronous_commit=on/)).toBe(true);
    expect(printed(/^\| +round \| peak completions\/s \| peak p50 \| peak p99 \| at 50 %: completions\/s \|/)).toBe(
      true,
    );
    expect(printed(/^\| \*\*median\*\* \|/)).toBe(true);
    expect(printed(/^- \*\*Task completions through GraphQL at the peak: [\d .]+\/s\*\* \(goal ≥ 400\/s: /)).toBe(true);
    expect(printed(/^- \*\*At 50 % of the peak \([\d .]+\/s\): p50 [\d .]+ ms, p99 [\d .]+ ms\*\*/)).toBe(true);
    expect(printed(/^- Every response checked: [\d ]+ completions, no GraphQL error/)).toBe(true);
    expect(printed(/^- Per completion at 50 %: [\d.]+ statements executed by PostgreSQL/)).toBe(true);
    expect(
      printed(
        /^- \*\*Inbox of one engineer among 5 000 open tasks: p50 [\d .]+ ms, p95 [\d .]+ ms, p99 [\d .]+ ms\*\*/,
      ),
    ).toBe(true);
    expect(printed(/^\| the app: ids from anxin_open_inbox_tasks \(SECURITY DEFINER\) +\| .*Function Scan/)).toBe(true);
    expect(printed(/^\| UNION ALL \(before\) +\| .*user_task_open_assignee_index/)).toBe(true);
    expect(printed(/^\| OR \(before that\) +\|/)).toBe(true);

    // and the docs are not rewritten in smoke mode
    expect(readFileSync(doc, 'utf8')).toBe(before);
  }, 240_000);
});

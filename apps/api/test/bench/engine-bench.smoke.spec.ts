import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '@anxin/testing';
import { runBenchSmoke } from '../support/bench-smoke';

describe('npm run bench:engine -- --smoke', () => {
  it('should run every part of the durable-engine benchmark, print its results, and leave the docs alone', async () => {
    // given the benchmarks document as it is
    const doc = path.join(workspaceRoot, 'docs/benchmarks.md');
    const before = readFileSync(doc, 'utf8');

    // when the benchmark runs in smoke mode
    const run = await runBenchSmoke('engine');

    // then it completes and prints the machine, both tables and every goal line (speed is not checked)
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = run.stdout.split('\n');
    const printed = (pattern: RegExp) => lines.some((line) => pattern.test(line));
    expect(printed(/^Machine: \d+ cores .*PostgreSQL \d+.*synchronous_commit=on/)).toBe(true);
    expect(printed(/^\| in flight \| lifecycles\/s \| completions\/s \| steps\/s \| step p50 \| step p99 \|/)).toBe(
      true,
    );
    for (const concurrency of [1, 4, 16]) expect(printed(new RegExp(`^\\|\\s+${concurrency} \\|`))).toBe(true);
    expect(
      printed(/^\| in flight \| ÷ bpmn-engine \| 2-statement tx\/s \| steps\/s ÷ tx\/s \| Node CPU\/step \|/),
    ).toBe(true);
    expect(printed(/^- \*\*Ratio \(durable Anxin lifecycles\/s ÷ bpmn-engine instances\/s\): [\d.]+×\*\*/)).toBe(true);
    expect(printed(/^- \*\*Engine steps\/s as a share of the database's limit: [\d.]+ %\*\*/)).toBe(true);
    expect(printed(/^- \*\*SQL statements per step: [\d.]+\*\* as the server counts them/)).toBe(true);
    expect(printed(/^- A step at \d+ in flight costs [\d.]+ ms of Node CPU/)).toBe(true);
    expect(
      printed(/^- \*\*Timer fire lag through the job worker: p50 [\d .]+ ms, p99 [\d .]+ ms\*\*.* 100 fired/),
    ).toBe(true);
    expect(printed(/^- \*\*Timer fire lag on the bare queue: p50 [\d .]+ ms, p99 [\d .]+ ms\*\*.* 200 fired/)).toBe(
      true,
    );
    // (how many jobs came back within the smoke's short window depends on the machine's load: the line, not the
    // figure, is what this test checks)
    expect(
      printed(
        /^- \*\*Crashed worker \(SIGKILL while holding 4 service-task actions\).*: (all 4|\d of 4) jobs picked up/,
      ),
    ).toBe(true);
    expect(printed(/^- graphile-worker by itself \(a bare runner SIGKILLed while holding 4 jobs/)).toBe(true);

    // and the docs are not rewritten in smoke mode
    expect(readFileSync(doc, 'utf8')).toBe(before);
  }, 180_000);
});

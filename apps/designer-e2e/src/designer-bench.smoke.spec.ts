// `npm run bench:designer -- --smoke` (apps/designer-e2e/bench/designer.bench.ts): one cold load of each page.
// Checks the lines it prints, not the times. Needs the builds, as the browser journeys do.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '@anxin/testing';

jest.setTimeout(240_000);

function runSmoke(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['-r', './tools/register-ts.cjs', path.join(workspaceRoot, 'apps/designer-e2e/bench/designer.bench.ts'), '--smoke'],
    { cwd: workspaceRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run bench:designer -- --smoke', () => {
  it('should load the baseline, /login and /inbox in chromium, print the machine, the bundle, a row per page and the ratios, and leave the docs alone', async () => {
    // given the benchmarks document as it is
    const doc = path.join(workspaceRoot, 'docs/benchmarks.md');
    const before = readFileSync(doc, 'utf8');

    // when the benchmark runs in smoke mode
    const run = await runSmoke();

    // then it completes and prints the machine with the browser, the initial route's size against the budget,
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr.slice(-2000) }).toEqual({ code: 0, stderr: '' });
    const lines = run.stdout.split('\n');
    const printed = (pattern: RegExp) => lines.some((line) => pattern.test(line));
    expect(printed(/^Machine: \d+ cores .*Node v[\d.]+.*Chromium [\d.]+ headless/)).toBe(true);
    expect(
      printed(
        /^- \*\*Initial route: [\d ]+ bytes \([\d ]+ KB\) of JavaScript gzipped\*\* \(zlib level 9; budget 400 KB: (met|missed)\), \d+ files/,
      ),
    ).toBe(true);
    expect(printed(/^- The server sends the scripts with content-encoding: [\w, -]+\.$/)).toBe(true);
    // a row per page with its times, the scripts it received and its ratio to the baseline (which loads no script)
    const time = '[\\d. ]+ ms';
    expect(
      printed(
        new RegExp(`^\\| baseline +\\| [^|]+\\| +${time} \\| +${time} \\| +${time} \\| +0 / 0 KB \\| +1\\.0× \\|$`),
      ),
    ).toBe(true);
    for (const page of ['/login', '/inbox'])
      expect(
        printed(
          new RegExp(
            `^\\| ${page} +\\| [^|]+\\| +${time} \\| +${time} \\| +${time} \\| +[1-9]\\d* / [\\d ]+ KB \\| +[\\d.]+× \\|$`,
          ),
        ),
      ).toBe(true);
    for (const page of ['/login', '/inbox'])
      expect(
        printed(new RegExp(`^- \\*\\*${page} interactive: p50 ${time}, p95 ${time}, [\\d.]+× the baseline\\*\\*`)),
      ).toBe(true);

    // and the docs are not rewritten in smoke mode
    expect(readFileSync(doc, 'utf8')).toBe(before);
  });
});

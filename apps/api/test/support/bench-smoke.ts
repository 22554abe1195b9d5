import { spawn } from 'node:child_process';
import path from 'node:path';
import { workspaceRoot } from '@anxin/testing';

export interface BenchRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run bench:<name> -- --smoke` as a child process (`apps/api/bench/<name>.bench.ts`): its exit and output. */
export function runBenchSmoke(name: string): Promise<BenchRun> {
  const child = spawn(
    process.execPath,
    ['-r', './tools/register-ts.cjs', path.join(workspaceRoot, `apps/api/bench/${name}.bench.ts`), '--smoke'],
    { cwd: workspaceRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

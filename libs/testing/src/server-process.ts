import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const workspaceRoot = path.resolve(__dirname, '../../..');
/** The built server's entry point (`nx run api:build`). */
export const builtServerMain = path.join(workspaceRoot, 'dist/apps/api/apps/api/src/main.js');

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  output(): string;
  /** Sends the signal and resolves with the exit code once the process has ended. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs the built server as a real process (the way `npm start` does) and resolves once it announces it is serving.
 * Rejects with the process output when it exits first or does not come up in time.
 */
export function startServerProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  if (!existsSync(builtServerMain))
    throw new Error(`${builtServerMain} missing: build the api first (nx run api:build)`);
  const child = spawn(process.execPath, [builtServerMain], {
    cwd: workspaceRoot,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = (signal: NodeJS.Signals = 'SIGINT') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = () => {
      const match = /GraphQL:\s+(http:\/\/\S+)\/graphql|health:\s+(http:\/\/\S+)\/health/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({ child, baseUrl: (match[1] ?? match[2])!, output: () => output, stop });
    };
    child.stdout?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with code ${String(code)} before serving:\n${output}`));
    });
  });
}

/** Runs the built server expecting it to exit by itself (e.g. on bad configuration). */
export function runServerToExit(
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [builtServerMain], { cwd: workspaceRoot, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not exit within ${timeoutMs} ms:\n${stdout}${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

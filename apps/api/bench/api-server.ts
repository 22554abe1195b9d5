import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { serverCpuMs } from './server-cpu';

const ROOT = path.join(__dirname, '../../..');
const MAIN = path.join(ROOT, 'apps/api/src/main.ts');
const READY_LINE = 'Anxin is running';
const START_TIMEOUT_MS = 120_000;

/** The api in a child process of its own, so the load generator never shares the app's event loop. */
export interface ApiServer {
  readonly baseUrl: string;
  readonly pid: number;
  /** CPU time the api process has used so far, in ms (undefined without /proc). */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

export interface ApiServerOptions {
  /** The (empty or migrated) database; the api migrates it and seeds the demo tenant when it is empty. */
  readonly databaseUrl: string;
  /** Scratch directory (DATA_DIR: nothing is written there with DATABASE_URL set, but it must exist). */
  readonly dataDir: string;
  /** Extra environment (e.g. a feature switch for a before/after measurement). */
  readonly env?: Readonly<Record<string, string>>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts `apps/api/src/main.ts` as `npm start` would run the built app, from the TypeScript sources
 * (tools/register-ts.cjs compiles them with SWC at start-up; the code that runs is the same), with
 * NODE_ENV=production (introspection off, a JWT secret required: a random one per run), the default ROLE=all (the
 * job worker runs too, and delivers the outbox rows every ended instance writes), LOG_LEVEL=warn and the demo seed on.
 */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const port = await freePort();
  const nodeArgs = process.env['BENCH_API_NODE_ARGS']?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, '-r', './tools/register-ts.cjs', MAIN], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URL: options.databaseUrl,
      DATA_DIR: options.dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'true',
      // The org the API tests run on (its users and passwords are what the benchmark signs in with).
      SEED_FILE: path.join(ROOT, 'apps/api/test/fixtures/test-org.seed.json'),
      ...options.env,
    },
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the api did not start in time:\n${output}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      if (output.includes(READY_LINE)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the api exited (${code}) before it was ready:\n${output}`));
    });
  });
  try {
    await ready;
  } catch (error) {
    child.kill('SIGKILL');
    await exited(child);
    throw error;
  }
  const pid = child.pid ?? 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid,
    cpuMs: () => serverCpuMs(pid),
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

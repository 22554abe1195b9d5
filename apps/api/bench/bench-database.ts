import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { arch, cpus, platform, tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ensureDatabaseExists, startEmbeddedPostgres, type RunningEmbeddedPostgres } from '@anxin/persistence';
import { serverCpuMs } from './server-cpu';

export interface BenchDatabase {
  /** URL of the (empty, unmigrated) benchmark database. */
  readonly url: string;
  readonly settings: DatabaseSettings;
  /** Creates another (empty) database on the same server; its URL. */
  create(name: string): Promise<string>;
  /** CPU time the server has used so far, in ms (undefined without /proc). */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

export interface DatabaseSettings {
  readonly version: string;
  readonly synchronousCommit: string;
  readonly fsync: string;
  /** True when pg_stat_statements is loaded and installed in the benchmark database. */
  readonly statStatements: boolean;
  /** File system of the data directory (commit latency depends on it). */
  readonly fileSystem: string;
}

const FILE_SYSTEMS: Record<number, string> = {
  0xef53: 'ext4',
  0x58465342: 'xfs',
  0x01021994: 'tmpfs',
  0x794c7630: 'overlayfs',
  0x9123683e: 'btrfs',
};

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T & object>(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * `startEmbeddedPostgres` takes no server settings, and pg_stat_statements must be preloaded: set it with ALTER
 * SYSTEM (postgresql.auto.conf in the data directory) and start the server a second time on the same directory.
 */
async function startWithStatStatements(dataDir: string): Promise<RunningEmbeddedPostgres> {
  const first = await startEmbeddedPostgres({ dataDir });
  try {
    await query(first.adminUrl, `alter system set shared_preload_libraries = 'pg_stat_statements'`);
    await query(first.adminUrl, `alter system set pg_stat_statements.track_planning = on`);
  } finally {
    await first.stop();
  }
  return startEmbeddedPostgres({ dataDir });
}

async function settingsOf(url: string, dataDir: string): Promise<DatabaseSettings> {
  let statStatements = true;
  try {
    await query(url, 'create extension if not exists pg_stat_statements');
    await query(url, 'select count(*) from pg_stat_statements');
  } catch {
    statStatements = false;
  }
  const [row] = await query<{ version: string; synchronous_commit: string; fsync: string }>(
    url,
    `select current_setting('server_version') as version, current_setting('synchronous_commit') as synchronous_commit,
       current_setting('fsync') as fsync`,
  );
  const type = statfsSync(dataDir).type;
  return {
    version: row?.version ?? 'unknown',
    synchronousCommit: row?.synchronous_commit ?? 'unknown',
    fsync: row?.fsync ?? 'unknown',
    statStatements,
    fileSystem: FILE_SYSTEMS[type] ?? `0x${type.toString(16)}`,
  };
}

/** An embedded PostgreSQL of its own in a scratch directory, with pg_stat_statements, and an empty database. */
export async function startBenchDatabase(): Promise<BenchDatabase> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'anxin-bench-'));
  const dataDir = path.join(scratch, 'pg');
  let server: RunningEmbeddedPostgres | undefined;
  try {
    server = await startWithStatStatements(dataDir);
    const url = server.urlFor('anxin_bench');
    await ensureDatabaseExists(url);
    const settings = await settingsOf(url, dataDir);
    const running = server;
    return {
      url,
      settings,
      create: async (name) => {
        const other = running.urlFor(name);
        await ensureDatabaseExists(other);
        return other;
      },
      cpuMs: () => serverCpuMs(running.pid),
      stop: async () => {
        await running.stop();
        rmSync(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}

/** One line describing the machine and the database server, printed with every run. */
export function machineLine(settings: DatabaseSettings): string {
  const cpu = cpus();
  return (
    `Machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${platform()} ` +
    `${arch()}; PostgreSQL ${settings.version} (embedded), synchronous_commit=${settings.synchronousCommit}, ` +
    `fsync=${settings.fsync}, data on ${settings.fileSystem}.`
  );
}

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { withDatabaseName } from '../config/database-url';
import { dropDatabase, ensureDatabaseExists } from '../database/admin-database';
import { startEmbeddedPostgres } from '../database/embedded-postgres.server';

const workspaceRoot = path.resolve(__dirname, '../../../..');
const registerTs = path.join(workspaceRoot, 'tools/register-ts.cjs');

/** Environment variables through which the global setup hands the server to every test worker. */
export const testEnv = {
  serverUrl: 'ANXIN_TEST_SERVER_URL',
  templateDatabase: 'ANXIN_TEST_TEMPLATE_DATABASE',
} as const;

export interface TestPostgres {
  stop(): Promise<void>;
}

/**
 * Starts ONE PostgreSQL for a whole test run (or uses `DATABASE_URL`'s server when set), and builds a migrated
 * template database from which each test file gets its own copy.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const external = process.env['DATABASE_URL'];
  let serverUrl: string;
  let stopServer: () => Promise<void> = () => Promise.resolve();
  if (external) {
    serverUrl = withDatabaseName(external, 'postgres');
  } else {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'anxin-test-pg-'));
    const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data') });
    serverUrl = server.adminUrl;
    stopServer = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const templateUrl = withDatabaseName(serverUrl, `anxin_template_${process.pid}`);
  await dropDatabase(templateUrl);
  await ensureDatabaseExists(templateUrl);
  // Migrate in a child process: MikroORM's global metadata must not be created in the jest parent process,
  // whose realm differs from the test workers' (mikro-orm/mikro-orm#3783).
  execFileSync(process.execPath, ['-r', registerTs, path.join(workspaceRoot, 'tools/db/migrate.ts'), templateUrl], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.env[testEnv.serverUrl] = serverUrl;
  process.env[testEnv.templateDatabase] = new URL(templateUrl).pathname.slice(1);
  return {
    stop: async () => {
      await dropDatabase(templateUrl);
      await stopServer();
    },
  };
}

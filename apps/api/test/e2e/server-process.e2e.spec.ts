import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '@anxin/persistence';
import { graphqlRequest, runServerToExit, startServerProcess } from '@anxin/testing';

type HealthData = { health: { status: string; database: string; installationId: string } };
const healthQuery = '{ health { status database installationId } }';

/** Postgres processes whose command line names this data directory. */
function postgresProcessesFor(dataDir: string): string[] {
  const listing = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return listing.split('\n').filter((line) => line.includes('postgres') && line.includes(dataDir));
}

describe('the server process (npm start)', () => {
  let dataRoot: string;

  beforeAll(() => {
    dataRoot = mkdtempSync(path.join(os.tmpdir(), 'anxin-start-'));
  });

  afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

  it('should start an embedded PostgreSQL, reuse its data on restart, and leave no postgres behind on SIGINT', async () => {
    // Given no DATABASE_URL and an empty data directory
    const env = { DATA_DIR: dataRoot, PORT: String(await findFreePort()), DATABASE_URL: '' };
    const dataDir = path.join(dataRoot, 'postgres');

    // When the server starts, then health is ok
    const first = await startServerProcess(env);
    const firstHealth = await graphqlRequest<HealthData>(first.baseUrl, healthQuery);
    expect(firstHealth.data?.health).toMatchObject({ status: 'ok', database: 'ok' });
    expect(postgresProcessesFor(dataDir).length).toBeGreaterThan(0);

    // When it gets Ctrl-C, then it exits 0 and its postgres is gone
    expect(await first.stop('SIGINT')).toBe(0);
    expect(postgresProcessesFor(dataDir)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);

    // When it starts again on the same directory, then it is the same installation (data kept)
    const second = await startServerProcess(env);
    const secondHealth = await graphqlRequest<HealthData>(second.baseUrl, healthQuery);
    expect(secondHealth.data?.health.installationId).toBe(firstHealth.data?.health.installationId);

    // When it gets SIGTERM (as from docker or systemd), then it also stops cleanly
    expect(await second.stop('SIGTERM')).toBe(0);
    expect(postgresProcessesFor(dataDir)).toEqual([]);
  });

  it('should exit non-zero with one clear line when PORT is not a number', async () => {
    // Given PORT=abc, when starting, then one line on stderr names PORT and nothing is started
    const result = await runServerToExit({ PORT: 'abc' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Invalid configuration: PORT must be a whole number between 1 and 65535 (got "abc")',
    ]);
  });

  it('should exit non-zero with one clear line when DATABASE_URL is malformed', async () => {
    const result = await runServerToExit({ DATABASE_URL: 'not a url' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Invalid configuration: DATABASE_URL must be a postgres:// URL with a host and a database name',
    ]);
  });
});

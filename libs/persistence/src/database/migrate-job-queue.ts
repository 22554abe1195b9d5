import { Client } from 'pg';
import { Logger, runMigrations } from 'graphile-worker';

const silent = new Logger(() => () => undefined);

/** Same key as the MikroORM migrations take: replicas starting together create the index once. */
const migrationLockKey = 4_246_001;

/**
 * The locked jobs, for the liveness reaper (`WorkerLiveness`), which looks for jobs locked by a dead worker every
 * few seconds. graphile-worker 0.16 has no index on `locked_by`: the reaper read the whole jobs table (194 ms at a
 * million pending jobs). Partial, so it holds only the few jobs running at any moment. It lives on
 * graphile-worker's table, so it is created here, after graphile-worker's migrations and on every start: should a
 * later graphile-worker migration rebuild the table, the next start puts the index back.
 */
export const LOCKED_JOBS_INDEX_SQL = `create index if not exists anxin_jobs_locked_by_index
  on graphile_worker._private_jobs (locked_by) where locked_by is not null`;

/**
 * Installs or upgrades graphile-worker's schema (`graphile_worker.*`), then our index on it. The engine adds and
 * removes timer and action jobs inside its own transactions with `graphile_worker.add_job` / `remove_job`, so the
 * schema must exist before the first step — not only once a worker runs.
 */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: silent });
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock($1)', [migrationLockKey]);
    await client.query(LOCKED_JOBS_INDEX_SQL);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

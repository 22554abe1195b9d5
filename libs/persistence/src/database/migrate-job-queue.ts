import { Logger, runMigrations } from 'graphile-worker';

const silent = new Logger(() => () => undefined);

/**
 * Installs or upgrades graphile-worker's schema (`graphile_worker.*`). The engine adds and removes timer and action
 * jobs inside its own transactions with `graphile_worker.add_job` / `remove_job`, so the schema must exist before
 * the first step — not only once a worker runs.
 */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: silent });
}

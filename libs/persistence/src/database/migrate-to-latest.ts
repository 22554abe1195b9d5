import type { MikroORM } from '@mikro-orm/postgresql';
import { migrateJobQueue } from './migrate-job-queue';

/** Arbitrary but fixed key: every Anxin process that migrates takes the same transaction-scoped advisory lock. */
const migrationLockKey = 4_246_001;

/**
 * Applies pending migrations in one transaction, holding an advisory lock so that replicas starting together
 * migrate once and the others wait, then find nothing to do; then graphile-worker's own schema. Returns the names of
 * the MikroORM migrations applied.
 */
export async function migrateToLatest(orm: MikroORM): Promise<string[]> {
  const em = orm.em.fork();
  const applied = await em.transactional(async (trx) => {
    await trx.execute('select pg_advisory_xact_lock(?)', [migrationLockKey]);
    // MikroORM types the driver transaction as `any`; it is the knex transaction of `trx`.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
    const applied = await orm.getMigrator().up({ transaction: trx.getTransactionContext() });
    return applied.map((migration) => migration.name);
  });
  await migrateJobQueue(orm.config.get('clientUrl') ?? '');
  return applied;
}

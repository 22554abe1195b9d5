import type { MikroORM } from '@mikro-orm/postgresql';

/** Arbitrary but fixed key: every Anxin process that migrates takes the same transaction-scoped advisory lock. */
const migrationLockKey = 4_246_001;

/**
 * Applies pending migrations in one transaction, holding an advisory lock so that replicas starting together
 * migrate once and the others wait, then find nothing to do. Returns the names of the migrations applied.
 */
export async function migrateToLatest(orm: MikroORM): Promise<string[]> {
  const em = orm.em.fork();
  return em.transactional(async (trx) => {
    await trx.execute('select pg_advisory_xact_lock(?)', [migrationLockKey]);
    // MikroORM types the driver transaction as `any`; it is the knex transaction of `trx`.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
    const applied = await orm.getMigrator().up({ transaction: trx.getTransactionContext() });
    return applied.map((migration) => migration.name);
  });
}

// Generates a migration from the difference between the entities and the committed schema snapshot.
// Usage: npm run db:migration:create [-- name]. Uses DATABASE_URL, or a throwaway embedded PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import {
  createOrmConfig,
  ensureDatabaseExists,
  migrateToLatest,
  startEmbeddedPostgres,
  withDatabaseName,
} from '@anxin/persistence';

async function main(): Promise<void> {
  const name = process.argv[2];
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'anxin-migration-'));
  const server = process.env['DATABASE_URL']
    ? undefined
    : await startEmbeddedPostgres({ dataDir: path.join(scratch, 'pg') });
  try {
    const url = withDatabaseName(process.env['DATABASE_URL'] ?? server!.adminUrl, `anxin_migration_${process.pid}`);
    await ensureDatabaseExists(url);
    const orm = await MikroORM.init(createOrmConfig({ clientUrl: url }));
    try {
      await migrateToLatest(orm);
      const result = await orm.getMigrator().createMigration(undefined, false, false, name);
      console.log(
        result.fileName ? `created ${result.fileName}: add it to migrationsList` : 'no changes: nothing created',
      );
    } finally {
      await orm.close(true);
    }
  } finally {
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

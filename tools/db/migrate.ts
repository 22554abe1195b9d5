// Applies pending migrations to DATABASE_URL (or the URL given as the first argument) and prints what ran.
// Usage: npm run db:migrate [-- postgres://...]
import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig, migrateToLatest } from '@anxin/persistence';

async function main(): Promise<void> {
  const url = process.argv[2] ?? process.env['DATABASE_URL'];
  if (!url) throw new Error('Give a database URL as the argument or in DATABASE_URL');
  const orm = await MikroORM.init(createOrmConfig({ clientUrl: url }));
  try {
    const applied = await migrateToLatest(orm);
    console.log(applied.length ? `applied ${applied.join(', ')}` : 'up to date');
  } finally {
    await orm.close(true);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig } from '../config/orm-config';
import { createTestDatabase, type TestDatabase } from '../testing';

describe('migrations', () => {
  let database: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await MikroORM.init(createOrmConfig({ clientUrl: database.url }));
  });

  afterAll(async () => {
    await orm.close(true);
    await database.drop();
  });

  it('should need no new migration when the entities match the committed snapshot (migration:check)', async () => {
    // Given the committed migrations and snapshot, when the migrator diffs them against the entities
    const needed = await orm.getMigrator().checkMigrationNeeded();
    // Then nothing is pending: a changed entity without a generated migration fails here
    expect(needed).toBe(false);
  });

  it('should have applied every committed migration to a test database', async () => {
    // Given a database copied from the migrated template, when asking the migrator what is pending
    const pending = await orm.getMigrator().getPendingMigrations();
    // Then nothing is, and the installation table exists
    expect(pending).toEqual([]);
    const tables = await orm.em
      .getConnection()
      .execute<{ table_name: string }[]>(
        `select table_name from information_schema.tables where table_schema = 'public' and table_name = 'installation'`,
      );
    expect(tables).toHaveLength(1);
  });
});

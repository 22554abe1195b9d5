export { createOrmConfig, migrationsSourceDir, type OrmConfigInput } from './config/orm-config';
export { databaseNameOf, isPostgresUrl, withDatabaseName } from './config/database-url';
export * from './entities';
export { migrationsList } from './migrations';
export { migrateToLatest } from './database/migrate-to-latest';
export { ensureDatabaseExists, dropDatabase, createDatabaseFromTemplate } from './database/admin-database';
export {
  startEmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type RunningEmbeddedPostgres,
} from './database/embedded-postgres.server';
export { findFreePort } from './database/free-port';

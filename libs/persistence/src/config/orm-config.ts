import path from 'node:path';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { allEntities } from '../entities';
import { migrationsList } from '../migrations';

/** Where generated migrations and the schema snapshot live in the source tree. */
export const migrationsSourceDir = path.join(__dirname, '..', 'migrations');

export interface OrmConfigInput {
  /** A postgres:// connection URL. */
  clientUrl: string;
  /** Log SQL through MikroORM's logger. */
  debug?: boolean;
  /** Receives MikroORM's log lines (the api routes them to pino). */
  logger?: (message: string) => void;
}

/**
 * The single MikroORM configuration used by the api, the migration tools and the tests: entities are listed
 * explicitly and migrations come from a committed list, so a compiled or bundled build finds them without globbing.
 */
export function createOrmConfig(input: OrmConfigInput): Options {
  return defineConfig({
    clientUrl: input.clientUrl,
    entities: allEntities,
    debug: input.debug ?? false,
    ...(input.logger ? { logger: input.logger } : {}),
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    forceUtcTimezone: true,
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: migrationsSourceDir,
      pathTs: migrationsSourceDir,
      emit: 'ts',
      silent: true,
      snapshot: true,
      snapshotName: '.snapshot-anxin',
      transactional: true,
      allOrNothing: true,
      migrationsList,
    },
  });
}

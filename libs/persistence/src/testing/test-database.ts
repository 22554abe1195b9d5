import { randomUUID } from 'node:crypto';
import { withDatabaseName } from '../config/database-url';
import { createDatabaseFromTemplate, dropDatabase } from '../database/admin-database';
import { testEnv } from './test-postgres';

export interface TestDatabase {
  /** Connection URL of a freshly migrated database owned by the calling test file. */
  url: string;
  drop(): Promise<void>;
}

/** A new, migrated, empty database copied from the run's template; call `drop()` in `afterAll`. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env[testEnv.serverUrl];
  const template = process.env[testEnv.templateDatabase];
  if (!serverUrl || !template) {
    throw new Error('No test PostgreSQL: run the tests through the root jest config (its global setup starts one)');
  }
  const url = withDatabaseName(serverUrl, `anxin_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`);
  await createDatabaseFromTemplate(url, template);
  return { url, drop: () => dropDatabase(url) };
}

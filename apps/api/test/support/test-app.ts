import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createTestDatabase, type TestDatabase } from '@anxin/persistence/testing';
import { workspaceRoot } from '@anxin/testing';
import { createApp } from '../../src/app/create-app';
import { loadConfig } from '../../src/config/app-config';
import { TEST_ORG_SEED } from './graphql-session';

export interface TestApp {
  app: NestExpressApplication;
  database: TestDatabase;
  /** `http://127.0.0.1:<port>` once listening; empty when started with `listen: false`. */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The real Nest app on its own migrated database, listening on a free loopback port (unless `listen: false`).
 * Suites deploy the definitions they need: definitions/ is not deployed at start unless `DEPLOY_DEFINITIONS: 'true'`.
 */
export async function startTestApp(env: Record<string, string> = {}, options = { listen: true }): Promise<TestApp> {
  const database = await createTestDatabase();
  const seedFile = path.join(workspaceRoot, TEST_ORG_SEED);
  const loaded = loadConfig(
    {
      LOG_LEVEL: 'silent',
      // The test org, as demo mode seeds it (a production-mode suite checks that nothing is seeded there).
      ...(env['NODE_ENV'] === 'production' ? {} : { SEED_DEMO_DATA: 'true' }),
      SEED_FILE: seedFile,
      DEPLOY_DEFINITIONS: 'false',
      ...env,
      DATABASE_URL: database.url,
    },
    workspaceRoot,
  );
  if (!loaded.ok) throw new Error(loaded.message);
  const app = await createApp(loaded.config, database.url);
  if (options.listen) await app.listen(0, '127.0.0.1');
  else await app.init();
  const baseUrl = options.listen ? await app.getUrl() : '';
  return {
    app,
    database,
    baseUrl,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

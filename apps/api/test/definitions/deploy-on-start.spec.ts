// DEPLOY_DEFINITIONS: the app deploys definitions/ when it starts, and a second start adds no version.
import { createTestDatabase, type TestDatabase } from '@anxin/persistence/testing';
import { workspaceRoot } from '@anxin/testing';
import { Client } from 'pg';
import { createApp } from '../../src/app/create-app';
import { loadConfig } from '../../src/config/app-config';
import { readDefinitionFolder } from '../../src/modules/definitions/definition-files.util';

async function startAndStop(database: TestDatabase, deploy: 'true' | 'false'): Promise<void> {
  const loaded = loadConfig(
    {
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      DEPLOY_DEFINITIONS: deploy,
      SEED_DEMO_DATA: 'false',
      ROLE: 'api',
    },
    workspaceRoot,
  );
  if (!loaded.ok) throw new Error(loaded.message);
  const app = await createApp(loaded.config, database.url);
  await app.init();
  await app.close();
}

async function versions(database: TestDatabase): Promise<{ kind: string; key: string; version: number }[]> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ kind: string; key: string; version: number }>(
      'select kind, key, version from definition order by kind, key, version',
    );
    return rows;
  } finally {
    await client.end();
  }
}

describe('deploying definitions/ at start', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase();
  });

  afterEach(async () => {
    await database.drop();
  });

  it('should deploy every file on the first start and nothing new on the second', async () => {
    // Given the files of definitions/
    const files = (await readDefinitionFolder(`${workspaceRoot}/definitions`)).files;
    // When the app starts on an empty database
    await startAndStop(database, 'true');
    // Then each file is version 1 of its definition
    const first = await versions(database);
    expect(first).toEqual(expect.arrayContaining(files.map((f) => ({ kind: f.kind, key: f.key, version: 1 }))));
    expect(first).toHaveLength(files.length);
    // When it starts again with the same files; then no version is added
    await startAndStop(database, 'true');
    expect(await versions(database)).toEqual(first);
  });

  it('should deploy nothing with DEPLOY_DEFINITIONS=false', async () => {
    await startAndStop(database, 'false');
    expect(await versions(database)).toEqual([]);
  });
});

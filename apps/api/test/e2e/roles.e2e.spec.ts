import type { INestApplication } from '@nestjs/common';
import { createTestDatabase, type TestDatabase } from '@anxin/persistence/testing';
import { workspaceRoot } from '@anxin/testing';
import { createApp } from '../../src/app/create-app';
import { loadConfig } from '../../src/config/app-config';

describe('ROLE=worker', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let baseUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const loaded = loadConfig({ LOG_LEVEL: 'silent', ROLE: 'worker', DATABASE_URL: database.url }, workspaceRoot);
    if (!loaded.ok) throw new Error(loaded.message);
    app = await createApp(loaded.config, database.url);
    await app.listen(0, '127.0.0.1');
    baseUrl = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('should serve the probes but neither GraphQL nor the designer', async () => {
    // Given a worker-only process, when probing and when asking for the API and the designer
    const ready = await fetch(`${baseUrl}/ready`);
    const graphql = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    const designer = await fetch(`${baseUrl}/`, { headers: { accept: 'text/html' } });
    // Then only the probes answer
    expect(ready.status).toBe(200);
    expect(graphql.status).toBe(404);
    expect(designer.status).toBe(404);
  });
});

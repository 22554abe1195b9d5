import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { createTestDatabase, type TestDatabase } from '@anxin/persistence/testing';
import { workspaceRoot } from '@anxin/testing';
import { createApp } from '../../src/app/create-app';
import { loadConfig } from '../../src/config/app-config';

const committedSchema = path.join(workspaceRoot, 'apps/api/schema.gql');

describe('committed GraphQL schema', () => {
  let database: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    const loaded = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: database.url, DESIGNER_DIR: 'none' }, workspaceRoot);
    if (!loaded.ok) throw new Error(loaded.message);
    app = await createApp(loaded.config, database.url);
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('should match apps/api/schema.gql (UPDATE_SCHEMA=1 rewrites it)', () => {
    // Given the schema the code builds, when compared with the committed file
    const schema = `${printSchema(app.get(GraphQLSchemaHost).schema)}\n`;
    if (process.env['UPDATE_SCHEMA'] === '1' || !existsSync(committedSchema)) writeFileSync(committedSchema, schema);
    // Then they are identical: a resolver change without a regenerated schema fails here
    expect(schema).toBe(readFileSync(committedSchema, 'utf8'));
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { Test, type TestingModule } from '@nestjs/testing';
import { createTestDatabase, type TestDatabase } from '@anxin/persistence/testing';
import { workspaceRoot } from '@anxin/testing';
import { DatabaseModule } from '../../src/database/database.module';
import { DefinitionRegistry } from '../../src/engine-runtime/definition-registry.service';
import { EngineRuntimeModule } from '../../src/engine-runtime/engine-runtime.module';
import { EngineRuntime } from '../../src/engine-runtime/engine-runtime.service';

export interface RuntimeHarness {
  readonly database: TestDatabase;
  readonly moduleRef: TestingModule;
  readonly runtime: EngineRuntime;
  readonly definitions: DefinitionRegistry;
  readonly em: EntityManager;
  /** Rows of a query on the test database. */
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** The engine runtime on its own migrated database (a medium test: real services, real PostgreSQL, no HTTP). */
export async function startRuntime(): Promise<RuntimeHarness> {
  const database = await createTestDatabase();
  const moduleRef = await Test.createTestingModule({
    imports: [DatabaseModule.forRoot(database.url), EngineRuntimeModule],
  }).compile();
  await moduleRef.init();
  const em = moduleRef.get(EntityManager);
  return {
    database,
    moduleRef,
    runtime: moduleRef.get(EngineRuntime),
    definitions: moduleRef.get(DefinitionRegistry),
    em,
    rows: <T>(sql: string, params: unknown[] = []) => em.fork().execute<T[]>(sql, params as never[]),
    close: async () => {
      await moduleRef.close();
      await database.drop();
    },
  };
}

/** A BPMN fixture of the process engine's tests, as text. */
export function processFixture(name: string): string {
  return readFileSync(path.join(workspaceRoot, 'libs/process-engine/test/fixtures', name), 'utf8');
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@anxin/persistence/testing';
import { DatabaseModule } from '../../src/database/database.module';
import { DefinitionRegistry } from '../../src/engine-runtime/definition-registry.service';
import { EngineRuntimeModule } from '../../src/engine-runtime/engine-runtime.module';
import { EngineRuntime } from '../../src/engine-runtime/engine-runtime.service';
import { DEFAULT_RUNTIME_OPTIONS, RUNTIME_OPTIONS } from '../../src/engine-runtime/runtime-options';
import { waitFor } from '../support/wait-for';

// Steps that write outbox rows no longer add the delivery job in their own statement (that locked one job row and
// sent a NOTIFY until each commit was flushed, so ended instances committed one after another): the runtime wakes
// the delivery after the commits, once for all the steps of a short window.
//
//   late-fix: (reported) → [fix: tech-1] → (fixed)      completing the task ends the instance: an outbox row
describe('engine runtime: the outbox wake', () => {
  let database: TestDatabase;
  let moduleRef: TestingModule;
  let runtime: EngineRuntime;
  const WAKE_MS = 400;

  beforeAll(async () => {
    database = await createTestDatabase();
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot(database.url), EngineRuntimeModule],
    })
      .overrideProvider(RUNTIME_OPTIONS)
      .useValue({ ...DEFAULT_RUNTIME_OPTIONS, outboxWakeMs: WAKE_MS })
      .compile();
    await moduleRef.init();
    runtime = moduleRef.get(EngineRuntime);
    const bpmn = readFileSync(path.join(__dirname, '../fixtures/late-fix.bpmn'), 'utf8');
    await moduleRef.get(DefinitionRegistry).deploy({ kind: 'process', key: 'late-fix', content: bpmn });
  });
  afterAll(async () => {
    await moduleRef.close();
    await database.drop();
  });

  const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const outboxJobs = () =>
    sql<{ revision: number }>(
      `select j.revision from graphile_worker.jobs j where j.task_identifier = 'anxin.deliver-outbox' and j.key = 'outbox'`,
    );

  it('should add one delivery job after the commits of several ended instances, none inside their steps', async () => {
    // given three running instances, each with its open task
    const started = await Promise.all(
      [1, 2, 3].map(() => runtime.start({ processKey: 'late-fix', initiator: 'owner-1' })),
    );

    // when the three tasks are completed at once (each step ends its instance: an `instance.ended` outbox row)
    await Promise.all(
      started.map((s) =>
        runtime.execute(s.instanceId, { type: 'complete', taskId: s.createdTaskIds[0] ?? '', actor: 'tech-1' }),
      ),
    );

    // then right after the steps there is no job yet (the steps did not add it), the rows wait
    expect(await outboxJobs()).toEqual([]);
    const pending = await sql<{ n: number }>(
      `select count(*)::int as n from outbox where kind = 'instance.ended' and status = 'pending'`,
    );
    expect(pending[0]?.n).toBe(3);
    // and after the wake delay ONE job delivers them all, added once (revision 0: never bumped by another add)
    const jobs = await waitFor('the outbox wake', async () => {
      const found = await outboxJobs();
      return found.length > 0 ? found : undefined;
    });
    expect(jobs).toEqual([{ revision: 0 }]);
  });
});

import type { TestDatabase } from '@anxin/persistence/testing';
import { createTestDatabase } from '@anxin/persistence/testing';
import { JOB } from '../../src/engine-runtime/step-plan';
import { waitFor } from '../support/wait-for';
import { apiFixture, startWorker, type WorkerHarness } from '../support/worker-harness';

const INSTANCES = 1_000;
const RUNNERS = 4;

/** Runs `task` for 0..count-1 with at most `limit` at a time. */
async function inParallel(count: number, limit: number, task: (n: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

/*
 *  (start) → (⏱ wait: a date in the past) → (end)        × 1 000, fired by four runners at once
 */
describe('four runners on one database', () => {
  let database: TestDatabase;
  const apps: WorkerHarness[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await database.drop();
  });

  it('should fire each of 1 000 timers due at the same moment exactly once', async () => {
    // given 1 000 instances waiting on a timer that is already due, queued while no worker runs
    const loader = await startWorker({ database, runJobs: false });
    apps.push(loader);
    await loader.definitions.deploy({ kind: 'process', key: 'due-timer', content: apiFixture('due-timer.bpmn') });
    await inParallel(INSTANCES, 8, (n) => loader.runtime.start({ processKey: 'due-timer', initiator: `owner-${n}` }));
    const queued = await loader.rows<{ n: number }>(
      `select count(*)::int as n from graphile_worker.jobs where task_identifier = ?`,
      [JOB.fireTimer],
    );
    expect(queued).toEqual([{ n: INSTANCES }]);

    // when four workers, each its own app with its own runner and pool, start together
    const workers = await Promise.all(
      Array.from({ length: RUNNERS }, () => startWorker({ database, runJobs: false, concurrency: 4 })),
    );
    apps.push(...workers);
    const fired = workers.map(() => 0);
    let failures = 0;
    workers.forEach((app, index) => {
      app.worker.events.on('job:success', ({ job }) => {
        if (job.task_identifier === JOB.fireTimer) fired[index] = (fired[index] ?? 0) + 1;
      });
      app.worker.events.on('job:error', () => (failures += 1));
    });
    await Promise.all(workers.map((app) => app.worker.start()));

    // then every instance completes, each timer fired once, each timer job ran once and nothing failed
    await waitFor(
      'every instance to complete',
      async () => {
        const [row] = await loader.rows<{ n: number }>(
          `select count(*)::int as n from process_instance where status = 'completed'`,
        );
        return row?.n === INSTANCES;
      },
      { timeoutMs: 45_000, intervalMs: 200 },
    );
    const history = await loader.rows<{ rows: number; instances: number }>(
      `select count(*)::int as rows, count(distinct instance_id)::int as instances
       from history_event where type = 'timerFired'`,
    );
    expect(history).toEqual([{ rows: INSTANCES, instances: INSTANCES }]);
    expect(fired.reduce((a, b) => a + b, 0)).toBe(INSTANCES);
    expect(failures).toBe(0);
    expect(await loader.rows(`select id from graphile_worker.jobs where task_identifier = ?`, [JOB.fireTimer])).toEqual(
      [],
    );
    // the work was shared: more than one runner fired timers
    expect(fired.filter((n) => n > 0).length).toBeGreaterThan(1);
  });
});

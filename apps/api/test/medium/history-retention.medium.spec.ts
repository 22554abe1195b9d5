import { HISTORY_RETENTION_JOB } from '../../src/engine-worker/job-worker.type';
import { waitFor } from '../support/wait-for';
import { apiFixture, startWorker, type WorkerHarness } from '../support/worker-harness';

const DAY_MS = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS);

/*
 *  late-fix: (reported) → [fix: tech-1] → (fixed)      ended: two instances whose fix was completed
 *                                                         running: one still at fix
 *  History is kept 30 days after an instance ended; idempotency records 7 days.
 */
describe('history retention', () => {
  let h: WorkerHarness;
  const ended: string[] = [];
  let running = '';

  beforeAll(async () => {
    h = await startWorker({ runJobs: false, historyRetentionDays: 30 });
    await h.definitions.deploy({ kind: 'process', key: 'late-fix', content: apiFixture('late-fix.bpmn') });
    for (let n = 0; n < 2; n += 1) {
      const started = await h.runtime.start({ processKey: 'late-fix', initiator: 'owner-1' });
      const taskId = started.createdTaskIds[0]!;
      await h.runtime.execute(started.instanceId, { type: 'complete', taskId, actor: 'tech-1' }, `complete:${taskId}`);
      ended.push(started.instanceId);
    }
    running = (await h.runtime.start({ processKey: 'late-fix', initiator: 'owner-1' })).instanceId;
  });
  afterAll(() => h.close());

  const historyCount = async (instanceIds: string[]) => {
    const [row] = await h.rows<{ n: number }>(
      'select count(*)::int as n from history_event where instance_id in (select jsonb_array_elements_text(?::jsonb)::uuid)',
      [JSON.stringify(instanceIds)],
    );
    return row?.n ?? 0;
  };
  const requestCount = async () =>
    (await h.rows<{ n: number }>('select count(*)::int as n from command_request'))[0]?.n ?? 0;

  it('should purge nothing while everything is within its horizon', async () => {
    // given the history and idempotency records of today; when purging six days from now
    const historyBefore = await historyCount([...ended, running]);
    const report = await h.retention.purge(inDays(6));
    // then nothing goes
    expect(report).toEqual({ historyEvents: 0, commandRequests: 0 });
    expect(await historyCount([...ended, running])).toBe(historyBefore);
  });

  it('should purge idempotency records after a week but keep the history', async () => {
    // given today's records; when purging eight days from now
    const historyBefore = await historyCount([...ended, running]);
    await h.retention.purge(inDays(8));
    // then the records are gone and the history is whole
    expect(await requestCount()).toBe(0);
    expect(await historyCount([...ended, running])).toBe(historyBefore);
  });

  it('should purge the history of instances ended before the horizon, never of a running one', async () => {
    // given two ended instances and a running one, all with history
    const runningBefore = await historyCount([running]);
    expect(await historyCount(ended)).toBeGreaterThan(0);

    // when purging 31 days from now (the ended instances ended more than 30 days before)
    const report = await h.retention.purge(inDays(31));

    // then the ended instances' trails are gone, the running one's is whole
    expect(report.historyEvents).toBeGreaterThan(0);
    expect(await historyCount(ended)).toBe(0);
    expect(await historyCount([running])).toBe(runningBefore);
  });
});

describe('history retention job', () => {
  let h: WorkerHarness;

  beforeAll(async () => {
    h = await startWorker({ historyRetentionDays: 30, scheduleCrontab: true });
    await h.definitions.deploy({ kind: 'process', key: 'late-fix', content: apiFixture('late-fix.bpmn') });
  });
  afterAll(() => h.close());

  it('should be scheduled daily, and purge when it runs', async () => {
    // given the worker's crontab (graphile-worker records it shortly after the runner starts: wait for it), and an
    // instance that ended 40 days ago
    const crontabs = await waitFor('the crontab row', async () => {
      const rows = await h.rows<{ identifier: string }>(
        'select identifier from graphile_worker._private_known_crontabs',
      );
      return rows.length > 0 ? rows : undefined;
    });
    expect(crontabs).toEqual(
      expect.arrayContaining([{ identifier: HISTORY_RETENTION_JOB }, { identifier: 'anxin.outbox-sweep' }]),
    );
    const { instanceId, createdTaskIds } = await h.runtime.start({ processKey: 'late-fix', initiator: 'owner-1' });
    await h.runtime.execute(instanceId, { type: 'complete', taskId: createdTaskIds[0]!, actor: 'tech-1' });
    await h.rows(`update process_instance set ended_at = ended_at - interval '40 days' where id = ?`, [instanceId]);
    await h.rows(`update history_event set at = at - interval '40 days' where instance_id = ?`, [instanceId]);

    // when its job runs
    await h.rows('select graphile_worker.add_job(?)', [HISTORY_RETENTION_JOB]);

    // then the old trail is purged
    await waitFor('the purge', async () => {
      const [row] = await h.rows<{ n: number }>('select count(*)::int as n from history_event where instance_id = ?', [
        instanceId,
      ]);
      return row?.n === 0;
    });
  });
});

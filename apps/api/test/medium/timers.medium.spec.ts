import { createTestDatabase } from '@anxin/persistence/testing';
import { waitFor } from '../support/wait-for';
import { apiFixture, startWorker, type WorkerHarness } from '../support/worker-harness';

/*
 *  (reported) → [fix: tech-1] ──────────────▶ (fixed)
 *                 ⏱ late PT1S
 *                 └──▶ [escalate: manager-1] ──▶ (escalated)
 */
describe('timers on graphile-worker', () => {
  let h: WorkerHarness;

  beforeAll(async () => {
    h = await startWorker();
    await h.definitions.deploy({ kind: 'process', key: 'late-fix', content: apiFixture('late-fix.bpmn') });
  });
  afterAll(() => h.close());

  const timersFired = (on: WorkerHarness, instanceId: string) =>
    on.rows<{ element_id: string }>(
      `select element_id from history_event where instance_id = ? and type = 'timerFired' order by id`,
      [instanceId],
    );
  const openTasks = (instanceId: string) =>
    h.rows<{ element_id: string }>(
      `select element_id from user_task where instance_id = ? and status = 'open' order by element_id`,
      [instanceId],
    );
  const jobsWithKey = (on: WorkerHarness, key: string) =>
    on.rows<{ locked_at: Date | null }>('select locked_at from graphile_worker.jobs where key = ?', [key]);
  const timerKeyOf = async (on: WorkerHarness, instanceId: string) => {
    const [timerId] = Object.keys((await on.runtime.state(instanceId)).timers);
    return `timer:${timerId}`;
  };
  const startRepair = (on: WorkerHarness) => on.runtime.start({ processKey: 'late-fix', initiator: 'owner-1' });

  it('should fire a PT1S boundary timer exactly once and follow the boundary path', async () => {
    // given a repair whose fix task has a PT1S boundary timer, queued as one job
    const { instanceId } = await startRepair(h);
    const key = await timerKeyOf(h, instanceId);
    expect(await jobsWithKey(h, key)).toHaveLength(1);

    // when the timer comes due
    await waitFor('the escalation task', async () =>
      (await openTasks(instanceId)).some((t) => t.element_id === 'escalate'),
    );
    await waitFor('the timer job to complete', async () => (await jobsWithKey(h, key)).length === 0);

    // then it fired once: the fix task was cancelled and only the escalation is open
    expect(await timersFired(h, instanceId)).toEqual([{ element_id: 'late' }]);
    expect(await openTasks(instanceId)).toEqual([{ element_id: 'escalate' }]);
  });

  it('should never fire a timer whose task was completed first', async () => {
    // given a repair with its timer pending
    const first = await startRepair(h);
    const key = await timerKeyOf(h, first.instanceId);

    // when the technician completes the fix before the timer is due
    await h.runtime.execute(first.instanceId, { type: 'complete', taskId: first.createdTaskIds[0]!, actor: 'tech-1' });

    // then the step removed the timer's job with it
    expect(await jobsWithKey(h, key)).toEqual([]);
    // and once a timer started later (so due later) has fired, the cancelled one still has not
    const later = await startRepair(h);
    await waitFor('the later timer to fire', async () => (await timersFired(h, later.instanceId)).length === 1);
    expect(await timersFired(h, first.instanceId)).toEqual([]);
    expect((await h.runtime.state(first.instanceId)).status).toBe('completed');
  });

  it('should fire a pending timer after the worker is stopped and started again on the same database', async () => {
    // given a worker that queued a timer, then stopped (with its Nest module) before the timer was due
    const database = await createTestDatabase();
    const before = await startWorker({ database });
    await before.definitions.deploy({ kind: 'process', key: 'late-fix', content: apiFixture('late-fix.bpmn') });
    const { instanceId } = await startRepair(before);
    const key = await timerKeyOf(before, instanceId);
    await before.close();
    expect(before.worker.running).toBe(false);

    // when a new worker starts on the same database
    const after = await startWorker({ database });
    try {
      // then the timer was left queued and unlocked, and the new worker fires it
      expect(await timersFired(after, instanceId)).toEqual([]);
      expect(await jobsWithKey(after, key)).toEqual([{ locked_at: null }]);
      await waitFor(
        'the timer to fire after the restart',
        async () => (await timersFired(after, instanceId)).length > 0,
      );
      expect(await timersFired(after, instanceId)).toEqual([{ element_id: 'late' }]);
    } finally {
      await after.close();
      await database.drop();
    }
  });
});

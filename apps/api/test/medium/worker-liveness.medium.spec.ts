import { REAP_SQL } from '../../src/engine-worker/worker-liveness.service';
import { ScriptedAction } from '../support/scripted.action';
import { waitFor } from '../support/wait-for';
import { apiFixture, startWorker, type WorkerHarness } from '../support/worker-harness';

/*
 *  (reported) → [fix: tech-1] → (fixed)
 *                 ⏱ late PT1S → [escalate] → (escalated)
 *
 * The harness beats every 100 ms and declares a worker dead after 1 s of silence (the app: 3 s and 15 s).
 * service-check (a service task whose scripted action can take 2.5 s): see service-actions.medium.spec.ts.
 */
describe('crashed workers', () => {
  let h: WorkerHarness;

  beforeAll(async () => {
    h = await startWorker({ providers: [ScriptedAction] });
    for (const key of ['late-fix', 'service-check']) {
      await h.definitions.deploy({ kind: 'process', key, content: apiFixture(`${key}.bpmn`) });
    }
  });
  afterAll(() => h.close());

  async function timerJobLockedBy(workerId: string) {
    const { instanceId } = await h.runtime.start({ processKey: 'late-fix', initiator: 'owner-1' });
    const [timerId] = Object.keys((await h.runtime.state(instanceId)).timers);
    const key = `timer:${timerId}`;
    // As a worker that locked the job and then died would have left it (graphile-worker waits 4 hours by itself).
    await h.rows(`update graphile_worker._private_jobs set locked_by = ?, locked_at = now() where key = ?`, [
      workerId,
      key,
    ]);
    return { instanceId, key };
  }

  const lockOf = (key: string) =>
    h.rows<{ locked_by: string | null }>('select locked_by from graphile_worker.jobs where key = ?', [key]);

  it('should unlock the jobs of a worker that stopped beating, so the timer fires once', async () => {
    // given a timer job locked by a worker that never beats
    const { instanceId } = await timerJobLockedBy('crashed-worker');

    // when the runner's reaper sees the lock outlive the stale threshold
    await waitFor('the escalation after the job was reclaimed', async () => {
      const open = await h.rows<{ element_id: string }>(
        `select element_id from user_task where instance_id = ? and status = 'open'`,
        [instanceId],
      );
      return open.some((t) => t.element_id === 'escalate');
    });

    // then the timer fired exactly once
    const fired = await h.rows(`select 1 from history_event where instance_id = ? and type = 'timerFired'`, [
      instanceId,
    ]);
    expect(fired).toHaveLength(1);
  });

  it('should leave alone the jobs of a worker that is still beating', async () => {
    // given a job locked by a worker whose heartbeat is fresh
    await h.rows(`insert into worker_heartbeat (worker_id, beat_at) values ('busy-worker', now() + interval '1 hour')`);
    const { key } = await timerJobLockedBy('busy-worker');

    // when several reaper rounds pass (a fresh job locked by a dead worker is reclaimed in the same time)
    const { key: control } = await timerJobLockedBy('dead-worker');
    await waitFor('the dead worker’s job to be reclaimed', async () =>
      (await lockOf(control)).every((j) => j.locked_by !== 'dead-worker'),
    );

    // then the live worker keeps its lock
    expect(await lockOf(key)).toEqual([{ locked_by: 'busy-worker' }]);
  });

  it('should keep beating for the pool that holds a long action, so the action runs once', async () => {
    // given an action that runs longer than the stale threshold, on this live runner
    const { instanceId } = await h.runtime.start({
      processKey: 'service-check',
      initiator: 'owner-1',
      variables: { behaviour: 'slow' },
    });
    const [actionId] = Object.keys((await h.runtime.state(instanceId)).actions);

    // when it finishes and the process moves on
    await waitFor('the review after the slow action', async () =>
      (
        await h.rows<{ element_id: string }>(
          `select element_id from user_task where instance_id = ? and status = 'open'`,
          [instanceId],
        )
      ).some((t) => t.element_id === 'review'),
    );

    // then the reaper never took the job from its own pool (graphile-worker 0.17 locks in the pool's name)
    expect(h.moduleRef.get(ScriptedAction).runs.get(actionId!)).toBe(1);
  });

  it('should find the locked jobs through the partial index, not by reading every pending job', async () => {
    // given 20 000 pending jobs, none locked, and fresh statistics
    await h.rows(
      `select count(*) from graphile_worker.add_jobs(array(
         select row('anxin.test-pending', '{}'::json, null, now() + interval '1 day', 1, null, null, null)::graphile_worker.job_spec
         from generate_series(1, 20000)))`,
    );
    await h.rows('analyze graphile_worker._private_jobs');

    // when the reaper's statement is planned
    const plan = await h.rows<{ 'QUERY PLAN': string }>(`explain ${REAP_SQL.replaceAll('$1', '15000')}`);

    // then it reads the locked jobs from the partial index
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toContain('anxin_jobs_locked_by_index');
    expect(text).not.toMatch(/Seq Scan on _private_jobs/);
  });
});

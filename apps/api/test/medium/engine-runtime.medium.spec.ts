import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkInvariants } from '@anxin/process-engine';
import { processFixture, startRuntime, type RuntimeHarness } from '../support/runtime-harness';
import { ConsistencyCheck } from '../../src/engine-runtime/consistency-check.service';
import { RuntimeError } from '../../src/engine-runtime/runtime-error';

interface TaskRow {
  id: string;
  element_id: string;
  assignee: string | null;
  status: string;
}

describe('engine runtime on PostgreSQL', () => {
  let h: RuntimeHarness;

  beforeAll(async () => {
    h = await startRuntime();
    await h.definitions.deploy({ kind: 'process', key: 'repair-like', content: processFixture('repair-like.bpmn') });
  });
  afterAll(() => h.close());

  const openTasks = (instanceId: string) =>
    h.rows<TaskRow>(
      `select id, element_id, assignee, status from user_task where instance_id = ? and status in ('open', 'delegated') order by element_id, assignee`,
      [instanceId],
    );

  async function startTicket(estimatedCost: number) {
    return h.runtime.start({
      processKey: 'repair-like',
      initiator: 'owner-1',
      variables: { estimatedCost, owner: 'owner-1', financeApprovers: ['fin-a', 'fin-b', 'fin-c', 'fin-d', 'fin-e'] },
    });
  }

  async function completeUntil(instanceId: string, elementId: string) {
    for (;;) {
      const [task] = await openTasks(instanceId);
      if (!task || task.element_id === elementId) return;
      await h.runtime.execute(instanceId, { type: 'complete', taskId: task.id, actor: task.assignee ?? 'anyone' });
    }
  }

  it('should return the existing version when identical content is deployed twice', async () => {
    // when the same content is deployed again, then a changed one
    const again = await h.definitions.deploy({
      kind: 'process',
      key: 'repair-like',
      content: processFixture('repair-like.bpmn'),
    });
    // then the first deploy is returned
    expect(again).toMatchObject({ created: false, definition: { version: 1 } });
  });

  it('should refuse a definition with errors, listing its problems, and deploy nothing', async () => {
    // given BPMN whose gateway flow has no condition
    const broken = processFixture('parsing/gateway-missing-condition.bpmn');

    // when it is deployed
    const attempt = h.definitions.deploy({ kind: 'process', key: 'broken', content: broken });

    // then a user error names the problems, and no version exists
    await expect(attempt).rejects.toMatchObject({
      code: 'definition.invalid',
      category: 'user',
      details: expect.arrayContaining([expect.objectContaining({ code: 'gateway.missingCondition' })]),
    });
    expect(await h.rows(`select id from definition where key = 'broken'`)).toEqual([]);
  });

  it('should answer not-found when starting a process that was never deployed', async () => {
    await expect(h.runtime.start({ processKey: 'nope', initiator: 'x' })).rejects.toMatchObject({
      code: 'definition.notFound',
      category: 'not-found',
    });
  });

  it('should run a ticket to the end, writing task rows and an audit trail', async () => {
    // given a cheap ticket
    const started = await startTicket(100);
    expect(await openTasks(started.instanceId)).toEqual([
      expect.objectContaining({ element_id: 'accept', assignee: 'service-desk' }),
    ]);

    // when every task is completed
    await completeUntil(started.instanceId, 'none');

    // then the instance completed, no task is open, and the history tells the story
    const [instance] = await h.rows<{ status: string; revision: number }>(
      'select status, revision from process_instance where id = ?',
      [started.instanceId],
    );
    expect(instance).toEqual({ status: 'completed', revision: 7 });
    const history = await h.rows<{ type: string }>('select type from history_event where instance_id = ? order by id', [
      started.instanceId,
    ]);
    expect(history.map((e) => e.type)).toEqual(
      expect.arrayContaining(['instanceStarted', 'taskCompleted', 'instanceCompleted']),
    );
    const done = await h.rows<{ n: number }>(
      `select count(*)::int as n from user_task where instance_id = ? and status = 'completed'`,
      [started.instanceId],
    );
    expect(done[0]?.n).toBe(6);
  });

  it('should let exactly one of 50 concurrent completions of a task succeed, the others getting CONFLICT', async () => {
    // given a ticket at its first task
    const started = await startTicket(100);
    const [task] = await openTasks(started.instanceId);

    // when 50 completions race
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        h.runtime.execute(started.instanceId, { type: 'complete', taskId: task?.id ?? '', actor: 'service-desk' }),
      ),
    );

    // then one wins, 49 are clean conflicts, one history row, one next task
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(errors).toHaveLength(49);
    expect(
      errors.every((e) => e instanceof RuntimeError && e.category === 'conflict' && e.code === 'task.alreadyDone'),
    ).toBe(true);
    const completions = await h.rows<{ n: number }>(
      `select count(*)::int as n from history_event where instance_id = ? and type = 'taskCompleted'`,
      [started.instanceId],
    );
    expect(completions[0]?.n).toBe(1);
    expect((await openTasks(started.instanceId)).map((t) => t.element_id)).toEqual(['dispatch']);
  });

  it('should fire a 5-way countersign once when every signer approves at the same instant', async () => {
    // given an expensive ticket at its finance 会签 of five
    const started = await startTicket(900);
    await completeUntil(started.instanceId, 'financeApproval');
    const signers = await openTasks(started.instanceId);
    expect(signers).toHaveLength(5);

    // when all five approve at once
    await Promise.all(
      signers.map((t) =>
        h.runtime.execute(started.instanceId, { type: 'approve', taskId: t.id, actor: t.assignee ?? '' }),
      ),
    );

    // then the approval completed once: one next task, the outcome recorded
    expect((await openTasks(started.instanceId)).map((t) => t.element_id)).toEqual(['ownerConfirm']);
    const state = await h.runtime.state(started.instanceId);
    expect(state.variables['financeApprovalOutcome']).toBe('approved');
  });

  it('should fire a join once when three parallel branches complete at the same instant', async () => {
    // given three open branches
    const content = readFileSync(path.join(__dirname, '../fixtures/three-branches.bpmn'), 'utf8');
    await h.definitions.deploy({ kind: 'process', key: 'three-branches', content });
    const { instanceId } = await h.runtime.start({ processKey: 'three-branches', initiator: 'owner-1' });
    const branches = await openTasks(instanceId);
    expect(branches).toHaveLength(3);

    // when all three are completed at once
    const results = await Promise.allSettled(
      branches.map((t) => h.runtime.execute(instanceId, { type: 'complete', taskId: t.id, actor: t.assignee ?? '' })),
    );

    // then nobody saw an error, and the join fired once
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect((await openTasks(instanceId)).map((t) => t.element_id)).toEqual(['inspect']);
    expect(
      checkInvariants((await h.definitions.process('three-branches')).model, await h.runtime.state(instanceId)),
    ).toEqual([]);
  });

  it('should return the first result for a repeated request id', async () => {
    const started = await startTicket(100);
    const [task] = await openTasks(started.instanceId);
    const command = { type: 'complete', taskId: task?.id ?? '', actor: 'service-desk' } as const;
    const first = await h.runtime.execute(started.instanceId, command, 'req-1');
    const second = await h.runtime.execute(started.instanceId, command, 'req-1');
    expect(second).toEqual({ ...first, replayed: true });
  });

  it('should leave the database consistent after everything above: states, task rows and timer jobs agree', async () => {
    const problems = await h.moduleRef.get(ConsistencyCheck).run();
    expect(problems).toEqual([]);
  });

  it('should report an open task row that its instance does not know', async () => {
    // given a row written behind the engine's back
    const [instance] = await h.rows<{ id: string }>(`select id from process_instance where status = 'running' limit 1`);
    await h.rows(
      `insert into user_task (id, instance_id, element_id, status, created_at) values (gen_random_uuid(), ?, 'ghost', 'open', now())`,
      [instance?.id],
    );

    // when the database is checked
    const problems = await h.moduleRef.get(ConsistencyCheck).run();

    // then the orphan is named
    expect(problems).toEqual([expect.objectContaining({ instanceId: instance?.id, code: 'task.orphanRow' })]);
    await h.rows(`delete from user_task where element_id = 'ghost'`);
  });

  it('should report a timer job without a timer, unless a worker holds it (a fire in flight)', async () => {
    // given a timer job whose timer no state knows, as a worker would have left it between the fire's commit and
    // the job's completion
    await h.rows(`select graphile_worker.add_job('anxin.fire-timer', '{}'::json, job_key => 'timer:ghost')`);
    await h.rows(
      `update graphile_worker._private_jobs set locked_by = 'some-pool', locked_at = now() where key = 'timer:ghost'`,
    );

    // when the database is checked while a worker holds the job, then nothing is wrong
    expect(await h.moduleRef.get(ConsistencyCheck).run()).toEqual([]);

    // when nobody holds it any more, then the job leaks a timer and is named
    await h.rows(
      `update graphile_worker._private_jobs set locked_by = null, locked_at = null where key = 'timer:ghost'`,
    );
    expect(await h.moduleRef.get(ConsistencyCheck).run()).toEqual([
      expect.objectContaining({ code: 'timer.orphanJob', message: 'job timer:ghost has no timer' }),
    ]);
    await h.rows(`select graphile_worker.remove_job('timer:ghost')`);
  });
});

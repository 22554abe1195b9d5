import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { processFixture, startRuntime, type RuntimeHarness } from '../support/runtime-harness';
import { DatabaseModule } from '../../src/database/database.module';
import { EngineRuntimeModule } from '../../src/engine-runtime/engine-runtime.module';
import { EngineRuntime } from '../../src/engine-runtime/engine-runtime.service';
import { RuntimeError } from '../../src/engine-runtime/runtime-error';

// The runtime keeps the state it wrote last and skips the load on the next step of the instance. These cases show
// that a copy made stale by another process, or a request that already ran, never gives a wrong answer.
describe('engine runtime: the cached instance state', () => {
  let h: RuntimeHarness;
  /** Another runtime on the same database: another process, with its own pool and its own cache. */
  let other: TestingModule;
  let a: EngineRuntime;
  let b: EngineRuntime;

  beforeAll(async () => {
    h = await startRuntime();
    await h.definitions.deploy({ kind: 'process', key: 'repair-like', content: processFixture('repair-like.bpmn') });
    const laterTimer = readFileSync(path.join(__dirname, '../fixtures/later-timer.bpmn'), 'utf8');
    await h.definitions.deploy({ kind: 'process', key: 'later-timer', content: laterTimer });
    other = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot(h.database.url), EngineRuntimeModule],
    }).compile();
    await other.init();
    a = h.runtime;
    b = other.get(EngineRuntime);
  });
  afterAll(async () => {
    await other.close();
    await h.close();
  });

  const openTasks = (instanceId: string) =>
    h.rows<{ id: string; element_id: string; assignee: string | null }>(
      `select id, element_id, assignee from user_task where instance_id = ? and status = 'open' order by element_id`,
      [instanceId],
    );
  const count = async (sql: string, params: unknown[]) => (await h.rows<{ n: number }>(sql, params))[0]?.n;
  const start = () =>
    a.start({ processKey: 'repair-like', initiator: 'owner-1', variables: { estimatedCost: 100, owner: 'owner-1' } });

  it('should run a command right on a copy another runtime made stale', async () => {
    // given an instance runtime A started (A holds its state), moved one step on by runtime B
    const started = await start();
    const [first] = await openTasks(started.instanceId);
    await b.execute(started.instanceId, { type: 'complete', taskId: first?.id ?? '', actor: 'service-desk' });
    const [second] = await openTasks(started.instanceId);
    expect(second?.element_id).toBe('dispatch');

    // when A completes the task its copy has never seen
    const outcome = await a.execute(started.instanceId, {
      type: 'complete',
      taskId: second?.id ?? '',
      actor: second?.assignee ?? '',
    });

    // then it is done on the stored state: revision 3, the next task open, each task completed once
    expect(outcome).toMatchObject({ revision: 3, status: 'running' });
    expect((await openTasks(started.instanceId)).map((t) => t.element_id)).toEqual(['survey']);
    expect(
      await count(`select count(*)::int as n from history_event where instance_id = ? and type = 'taskCompleted'`, [
        started.instanceId,
      ]),
    ).toBe(2);
    expect((await a.state(started.instanceId)).revision).toBe(3);
  });

  it('should answer CONFLICT when a stale copy still shows a task another runtime completed', async () => {
    // given an instance A started, whose first task B completed
    const started = await start();
    const [first] = await openTasks(started.instanceId);
    const command = { type: 'complete', taskId: first?.id ?? '', actor: 'service-desk' } as const;
    await b.execute(started.instanceId, command);

    // when A completes it too (its copy still shows it open)
    const attempt = a.execute(started.instanceId, command);

    // then A gets the clean conflict, and nothing was written twice
    await expect(attempt).rejects.toMatchObject({ code: 'task.alreadyDone', category: 'conflict' });
    await expect(attempt).rejects.toBeInstanceOf(RuntimeError);
    expect((await a.state(started.instanceId)).revision).toBe(2);
  });

  it('should return the first result for a repeated request id even when the copy would accept it again', async () => {
    // given an instance at its first task, urged once with a request id by runtime A (A's copy is current)
    const started = await start();
    const [task] = await openTasks(started.instanceId);
    const urge = { type: 'urge', taskId: task?.id ?? '', actor: 'owner-1' } as const;
    const first = await a.execute(started.instanceId, urge, 'urge-1');

    // when the same request comes again (an urge is accepted any number of times)
    const again = await a.execute(started.instanceId, urge, 'urge-1');

    // then the first result comes back, and the urge was applied once
    expect(again).toEqual({ ...first, replayed: true });
    expect((await a.state(started.instanceId)).revision).toBe(first.revision);
    expect(
      await count(`select count(*)::int as n from history_event where instance_id = ? and type = 'urged'`, [
        started.instanceId,
      ]),
    ).toBe(1);
  });

  it('should return the first result for a repeated request id that the current state refuses', async () => {
    // given a task completed with a request id (A's copy is current)
    const started = await start();
    const [task] = await openTasks(started.instanceId);
    const command = { type: 'complete', taskId: task?.id ?? '', actor: 'service-desk' } as const;
    const first = await a.execute(started.instanceId, command, 'complete-1');

    // when the request is repeated on A, and on B which has no copy
    const onA = await a.execute(started.instanceId, command, 'complete-1');
    const onB = await b.execute(started.instanceId, command, 'complete-1');

    // then both return the first result instead of a refusal
    expect(onA).toEqual({ ...first, replayed: true });
    expect(onB).toEqual({ ...first, replayed: true });
  });

  /*
   *  (start) → [first: a] → [second: b] ──────▶ (done)
   *                           ⏱ lateTimer PT1H
   *                           └──▶ (late)
   */
  it('should fire a timer another runtime scheduled although the stale copy knows no such timer', async () => {
    // given an instance A started (A holds it at the first task), moved by B to the second task and its timer
    const { instanceId } = await a.start({ processKey: 'later-timer', initiator: 'a' });
    const [first] = await openTasks(instanceId);
    await b.execute(instanceId, { type: 'complete', taskId: first?.id ?? '', actor: 'a' });
    const [timerId] = Object.keys((await b.state(instanceId)).timers);

    // when the timer fires through A (on A's copy it is a timer that does not exist: a no-op)
    const outcome = await a.execute(instanceId, { type: 'fireTimer', timerId: timerId ?? '', actor: 'system' });

    // then it fired on the stored state: the instance ended on the timer's path
    expect(outcome).toMatchObject({ revision: 3, status: 'completed' });
    expect(
      await count(`select count(*)::int as n from history_event where instance_id = ? and type = 'timerFired'`, [
        instanceId,
      ]),
    ).toBe(1);
  });
});

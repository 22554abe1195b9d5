import { randomUUID } from 'node:crypto';
import { PendingAudit } from '../../src/common/audit/pending-audit';
import { processFixture, startRuntime, type RuntimeHarness } from '../support/runtime-harness';

// A task command's audit row travels in its engine step's statement (the audit interceptor opens it, the step
// writes it): it commits with the step, and a step that writes nothing leaves no row.
describe('engine runtime: the audit row in the step statement', () => {
  let h: RuntimeHarness;

  beforeAll(async () => {
    h = await startRuntime();
    await h.definitions.deploy({ kind: 'process', key: 'repair-like', content: processFixture('repair-like.bpmn') });
  });
  afterAll(() => h.close());

  const auditOf = (operation: string) =>
    new PendingAudit({
      id: randomUUID(),
      tenant_id: null,
      actor_id: null,
      operation,
      target_id: 'task-1',
      summary: { id: 'task-1', data: { cost: 1 } },
      outcome: 'ok',
      ip: '127.0.0.1',
    });
  const auditRows = (id: string) =>
    h.rows<{ operation: string; outcome: string; summary: object }>(
      'select operation, outcome, summary from audit_log where id = ?',
      [id],
    );
  const firstTask = async (instanceId: string) =>
    (
      await h.rows<{ id: string }>(`select id from user_task where instance_id = ? and status = 'open'`, [instanceId])
    )[0]?.id ?? '';

  it('should commit the audit row with the step that made the change', async () => {
    // given an open task and the audit row of the mutation completing it
    const started = await h.runtime.start({ processKey: 'repair-like', initiator: 'owner-1' });
    const taskId = await firstTask(started.instanceId);
    const audit = auditOf('completeTask');

    // when the step runs with it
    await h.runtime.execute(started.instanceId, { type: 'complete', taskId, actor: 'service-desk' }, 'r-1', {
      audit,
    });

    // then the row is stored, and marked written so the interceptor does not write it again
    expect(audit.written).toBe(true);
    expect(await auditRows(audit.row.id)).toEqual([
      { operation: 'completeTask', outcome: 'ok', summary: { id: 'task-1', data: { cost: 1 } } },
    ]);
  });

  it('should write no audit row when the step writes nothing (a replayed request id)', async () => {
    // given a task completed under request id r-2, its instance now at revision 2
    const started = await h.runtime.start({ processKey: 'repair-like', initiator: 'owner-1' });
    const taskId = await firstTask(started.instanceId);
    const command = { type: 'complete', taskId, actor: 'service-desk' } as const;
    await h.runtime.execute(started.instanceId, command, 'r-2');
    const stale = await h.runtime.state(started.instanceId);

    // when the same request comes again with an audit row, from a snapshot that does not know it ran
    const audit = auditOf('completeTask');
    const outcome = await h.runtime.execute(started.instanceId, command, 'r-2', {
      audit,
      snapshot: {
        state: stale,
        revision: stale.revision,
        definitionId: (
          await h.rows<{ definition_id: string }>('select definition_id from process_instance where id = ?', [
            started.instanceId,
          ])
        )[0]!.definition_id,
        parentInstanceId: null,
        parentActionId: null,
        prior: null,
      },
    });

    // then the stored result is replayed, and the step's statement (refused by the request id) wrote no audit row
    expect(outcome.replayed).toBe(true);
    expect(audit.written).toBe(false);
    expect(await auditRows(audit.row.id)).toEqual([]);
  });
});

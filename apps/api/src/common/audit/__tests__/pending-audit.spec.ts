import { PendingAudit } from '../pending-audit';

describe('PendingAudit', () => {
  const audit = () =>
    new PendingAudit({
      id: '00000000-0000-4000-8000-000000000001',
      tenant_id: null,
      actor_id: null,
      operation: 'completeTask',
      target_id: 'task-1',
      summary: { id: 'task-1' },
      outcome: 'ok',
      ip: null,
    });

  it('should go to one step of its own target only, once', () => {
    // given the open audit row of a mutation on task-1
    const pending = audit();
    // when steps of another task, then of task-1 twice, ask for it
    // then only the first step of task-1 gets it
    expect(pending.claim('task-2')).toBeUndefined();
    expect(pending.claim('task-1')).toBe(pending);
    expect(pending.claim('task-1')).toBeUndefined();
  });

  it('should count as written only once a step says so', () => {
    // given a claimed row
    const pending = audit();
    pending.claim('task-1');
    // when the step's write commits it, then it is written
    expect(pending.written).toBe(false);
    pending.markWritten();
    expect(pending.written).toBe(true);
  });
});

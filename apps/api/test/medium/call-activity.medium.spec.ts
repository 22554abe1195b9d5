import { ScriptedAction } from '../support/scripted.action';
import { waitFor } from '../support/wait-for';
import { apiFixture, startWorker, type WorkerHarness } from '../support/worker-harness';

/*
 *  call-parent:  (start) → [[inspect: call-child]] → [confirm: owner-1] → (end)
 *  call-child:   (start) → [⚙ survey: scripted, returns a verdict] → (end)
 */
describe('call activities on graphile-worker', () => {
  let h: WorkerHarness;

  beforeAll(async () => {
    h = await startWorker({ providers: [ScriptedAction] });
    for (const key of ['call-parent', 'call-child']) {
      await h.definitions.deploy({ kind: 'process', key, content: apiFixture(`${key}.bpmn`) });
    }
  });
  afterAll(() => h.close());

  it('should wait for the called process and continue with its output', async () => {
    // given a parent that calls a child process
    const parent = await h.runtime.start({
      processKey: 'call-parent',
      initiator: 'owner-1',
      variables: { unit: '3-1201' },
    });

    // then the parent waits at the call activity
    expect(parent).toMatchObject({ status: 'running', createdTaskIds: [] });

    // when the worker starts the child, the child runs and completes
    const [confirm] = await waitFor('the confirm task', async () => {
      const tasks = await h.rows<{ element_id: string }>(
        `select element_id from user_task where instance_id = ? and status = 'open'`,
        [parent.instanceId],
      );
      return tasks.length > 0 && tasks;
    });

    // then the parent continues with the child's output
    expect(confirm).toEqual({ element_id: 'confirm' });
    expect((await h.runtime.state(parent.instanceId)).variables['verdict']).toBe('ok:"3-1201"');
    const children = await h.rows<{ status: string; definition_key: string }>(
      `select status, definition_key from process_instance where parent_instance_id = ?`,
      [parent.instanceId],
    );
    expect(children).toEqual([{ status: 'completed', definition_key: 'call-child' }]);
  });
});

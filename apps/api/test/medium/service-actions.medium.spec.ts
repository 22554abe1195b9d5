import { JOB } from '../../src/engine-runtime/step-plan';
import { RecordingChannel } from '../support/recording-channel';
import { ScriptedAction } from '../support/scripted.action';
import { waitFor } from '../support/wait-for';
import { apiFixture, startWorker, type WorkerHarness } from '../support/worker-harness';

/*
 *  notify-owner:   (start) → [⚙ acknowledge: notify] → [review] → (end)
 *  service-check:  (start) → [⚙ check: scripted] ──▶ [review] → (reviewed)
 *                              ⚡ CHECK_REFUSED ──▶ [handle-refusal] → (refused-end)
 *  Actions get two attempts here (the second after graphile-worker's ~2.7 s backoff).
 */
describe('service-task actions on graphile-worker', () => {
  let h: WorkerHarness;
  const channel = new RecordingChannel();

  beforeAll(async () => {
    h = await startWorker({ providers: [ScriptedAction], actionMaxAttempts: 2, channel });
    for (const key of ['notify-owner', 'service-check']) {
      await h.definitions.deploy({ kind: 'process', key, content: apiFixture(`${key}.bpmn`) });
    }
  });
  afterAll(() => h.close());

  const scripted = () => h.moduleRef.get(ScriptedAction);
  const openTasks = (instanceId: string) =>
    h.rows<{ element_id: string }>(`select element_id from user_task where instance_id = ? and status = 'open'`, [
      instanceId,
    ]);
  const untilTaskOpens = (instanceId: string, elementId: string) =>
    waitFor(`task ${elementId}`, async () => (await openTasks(instanceId)).some((t) => t.element_id === elementId));
  const checkWith = (behaviour: string) =>
    h.runtime.start({ processKey: 'service-check', initiator: 'owner-1', variables: { behaviour } });
  const actionIdOf = async (instanceId: string) => Object.keys((await h.runtime.state(instanceId)).actions)[0]!;

  it('should deliver a notify action through the outbox and continue the process', async () => {
    // given a process whose first step is the built-in notify action
    const { instanceId } = await h.runtime.start({
      processKey: 'notify-owner',
      initiator: 'owner-7',
      variables: { owner: 'owner-7' },
    });

    // when the worker runs the action and then the outbox delivery
    await untilTaskOpens(instanceId, 'review');
    const message = await waitFor('the notification', () =>
      Promise.resolve(channel.delivered.find((m) => m.instanceId === instanceId)),
    );

    // then the message carries the task's input, and its outbox row is delivered once
    expect(message).toMatchObject({
      kind: 'notification.action',
      attempt: 1,
      payload: { elementId: 'acknowledge', input: { recipient: 'owner-7', message: '报修已受理' } },
    });
    // (the channel hears the message inside the delivery's transaction, before the row is marked and committed)
    const outboxRows = () =>
      h.rows<{ status: string; attempts: number }>(
        `select status, attempts from outbox where instance_id = ? and kind = 'notification.action'`,
        [instanceId],
      );
    await waitFor('the outbox row to be marked', async () => (await outboxRows())[0]?.status !== 'pending');
    expect(await outboxRows()).toEqual([{ status: 'delivered', attempts: 1 }]);
  });

  it('should take the error boundary when the action fails with a BPMN error, without retrying', async () => {
    // given a check the contractor fails (a business failure CHECK_REFUSED)
    const { instanceId } = await checkWith('refuse');
    const actionId = await actionIdOf(instanceId);

    // when the worker runs it, then the refusal path opens
    await untilTaskOpens(instanceId, 'handle-refusal');
    const failed = await h.rows<{ data: { code: string } }>(
      `select data from history_event where instance_id = ? and type = 'actionFailed'`,
      [instanceId],
    );
    expect(failed).toEqual([{ data: expect.objectContaining({ code: 'CHECK_REFUSED' }) }]);
    expect(scripted().runs.get(actionId)).toBe(1);
    expect(await h.incidents.list('open')).toEqual([]);
  });

  it('should retry a technical failure and continue when the retry succeeds', async () => {
    // given a check whose upstream times out on the first attempt
    const { instanceId } = await checkWith('fail-once');
    const actionId = await actionIdOf(instanceId);

    // when graphile-worker retries it after its backoff
    await untilTaskOpens(instanceId, 'review');

    // then the second attempt's result went through the output mapping, and no incident was raised
    expect((await h.runtime.state(instanceId)).variables['verdict']).toBe('ok after 2 attempts');
    expect(scripted().runs.get(actionId)).toBe(2);
    expect(await h.incidents.list('open')).toEqual([]);
  });

  it('should raise an incident after the final attempt, and continue once the incident is retried', async () => {
    // given a check whose upstream is down for good
    const { instanceId } = await checkWith('fail-until-fixed');
    const actionId = await actionIdOf(instanceId);

    // when both attempts fail
    const [incident] = await waitFor('an incident', async () => {
      const open = await h.incidents.list('open');
      return open.length > 0 && open;
    });

    // then an incident names the job, the instance, the element and the error; the action still waits
    expect(incident).toMatchObject({
      jobName: JOB.runAction,
      instanceId,
      elementId: 'check',
      status: 'open',
      payload: expect.objectContaining({ actionId, action: 'scripted' }),
    });
    expect(incident?.error).toContain('upstream is down');
    expect(scripted().runs.get(actionId)).toBe(2);
    expect(Object.keys((await h.runtime.state(instanceId)).actions)).toEqual([actionId]);
    // the job itself is gone once its (batched) completion is written, a moment after the incident's commit
    await waitFor(
      'the failed job to be completed',
      async () =>
        (await h.rows('select id from graphile_worker.jobs where key = ?', [`action:${actionId}`])).length === 0,
    );

    // when the upstream is fixed and the incident retried
    scripted().fixed = true;
    await h.incidents.retry(incident!.id);

    // then the incident is resolved, the action runs again and the process continues
    await untilTaskOpens(instanceId, 'review');
    expect((await h.runtime.state(instanceId)).variables['verdict']).toBe('ok once fixed');
    expect(await h.incidents.list('open')).toEqual([]);
    expect(await h.incidents.list('resolved')).toEqual([expect.objectContaining({ id: incident!.id })]);
    await expect(h.incidents.retry(incident!.id)).rejects.toMatchObject({
      code: 'incident.notOpen',
      category: 'conflict',
    });
  });

  it('should answer not-found when retrying an incident that does not exist', async () => {
    await expect(h.incidents.retry('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'incident.notFound',
      category: 'not-found',
    });
  });
});

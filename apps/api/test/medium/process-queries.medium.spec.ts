import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ProcessQueries } from '../../src/engine-runtime/process-queries.service';
import { RuntimeError } from '../../src/engine-runtime/runtime-error';
import { startRuntime, type RuntimeHarness } from '../support/runtime-harness';

describe('process queries', () => {
  let h: RuntimeHarness;
  let queries: ProcessQueries;

  beforeAll(async () => {
    h = await startRuntime();
    queries = h.moduleRef.get(ProcessQueries);
    const content = readFileSync(path.join(__dirname, '../fixtures/pool-ticket.bpmn'), 'utf8');
    await h.definitions.deploy({ kind: 'process', key: 'pool-ticket', content });
  });
  afterAll(() => h.close());

  const report = (category: string, estimatedCost: number) =>
    h.runtime.start({
      processKey: 'pool-ticket',
      initiator: 'owner',
      variables: { category, estimatedCost, technician: 'tech-1' },
    });

  it('should copy indexed variables into the typed columns of the instance', async () => {
    // given a ticket with a category and a cost
    const { instanceId } = await report('漏水', 320);

    // when the instance row is read
    const instance = await queries.instance(instanceId);

    // then the declared index slots hold them
    expect(instance).toMatchObject({ definitionKey: 'pool-ticket', status: 'running', text1: '漏水', number1: 320 });
    const [found] = await h.rows<{ id: string }>(
      `select id from process_instance where definition_key = 'pool-ticket' and text1 = ? and number1 > 300`,
      ['漏水'],
    );
    expect(found?.id).toBe(instanceId);
  });

  it('should list a group task in every member’s inbox until one claims it', async () => {
    // given a fresh ticket waiting in the desk pool
    const { instanceId } = await report('堵塞', 80);
    const [task] = await queries.tasksOf(instanceId);
    const mine = (user: string) =>
      queries
        .inbox({ user, groups: ['desk'] })
        .then((tasks) => tasks.filter((t) => t.instanceId === instanceId).map((t) => t.elementId));
    expect(await mine('ann')).toEqual(['triage']);
    expect(
      await queries
        .inbox({ user: 'eve', groups: ['cleaners'] })
        .then((t) => t.filter((x) => x.instanceId === instanceId)),
    ).toEqual([]);

    // when ann claims and completes it
    await h.runtime.execute(instanceId, { type: 'claim', taskId: task?.id ?? '', actor: 'ann', groups: ['desk'] });
    expect(await mine('bob')).toEqual([]);
    await h.runtime.execute(instanceId, { type: 'complete', taskId: task?.id ?? '', actor: 'ann' });

    // then the technician has the next task, and the history lists who did what
    expect(
      await queries
        .inbox({ user: 'tech-1' })
        .then((t) => t.filter((x) => x.instanceId === instanceId).map((x) => x.elementId)),
    ).toEqual(['fix']);
    const history = await queries.history(instanceId);
    expect(history.map((e) => [e.type, e.actor])).toEqual(
      expect.arrayContaining([
        ['claimed', 'ann'],
        ['taskCompleted', 'ann'],
      ]),
    );
    const rows = await queries.tasksOf(instanceId);
    expect(rows.map((t) => [t.elementId, t.status, t.completedBy ?? null])).toEqual([
      ['triage', 'completed', 'ann'],
      ['fix', 'open', null],
    ]);
  });

  it('should answer not-found for an unknown instance', async () => {
    await expect(queries.instance('00000000-0000-0000-0000-000000000000')).rejects.toMatchObject({
      constructor: RuntimeError,
      category: 'not-found',
    });
  });
});

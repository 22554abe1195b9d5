import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Driver, fakeEnv } from '../../../test/support/engine-harness';
import { parseProcess } from '../../parsing/parse-process';
import type { ProcessModel } from '../../model/process-model.type';
import { projectTicket } from '../project-ticket';

const xml = readFileSync(join(__dirname, '../../../test/fixtures/ticket/ticketed.bpmn'), 'utf8');

async function model(source = xml): Promise<ProcessModel> {
  const { model: parsed, problems } = await parseProcess(source);
  if (!parsed) throw new Error(problems.map((p) => p.message).join('\n'));
  return parsed;
}

describe('projectTicket', () => {
  it('should read <anxin:ticket> and anxin:status on any flow node', async () => {
    const { model: parsed, problems } = await parseProcess(xml);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(parsed?.ticket).toMatchObject({
      prefix: 'TK',
      statuses: 'ticket-status',
      completedStatus: 'closed',
      revokedStatus: 'cancelled',
    });
    expect(parsed?.ticket?.projections.map((p) => p.field)).toEqual(['category', 'estimatedCost', 'title']);
    expect(parsed?.elements['start']?.status).toBe('accepted');
    expect(parsed?.elements['repair']?.status).toBe('in_repair');
  });

  it('should report a projection rule that reads an undeclared variable', async () => {
    const broken = xml.replace('{"var":"cost"}', '{"var":"costt"}');
    const { problems } = await parseProcess(broken);
    expect(problems.some((p) => p.path.startsWith('anxin:ticket/anxin:projection/1') && p.severity === 'error')).toBe(
      true,
    );
  });

  it('should report a missing prefix and a field projected twice', async () => {
    const broken = xml
      .replace('prefix="TK"', '')
      .replace('<anxin:projection field="title">', '<anxin:projection field="category">');
    const { problems } = await parseProcess(broken);
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['anxin:ticket/prefix', 'anxin:ticket/anxin:projection/2/field']),
    );
  });

  it('should give no ticket for a process without <anxin:ticket>', async () => {
    const plain = await model(xml.replace(/<anxin:ticket[\s\S]*<\/anxin:ticket>/, ''));
    const driver = new Driver(plain, fakeEnv(), { variables: { area: 'roof', cost: 1 } });
    expect(projectTicket(plain, driver.state, driver.effects)).toBeUndefined();
  });

  it('should list every status reached in the step in order, passed-through nodes included', async () => {
    const m = await model();
    const driver = new Driver(m, fakeEnv(), { variables: { area: 'roof', cost: 320 } });
    // The start event (accepted) is passed within the start step; the token waits at survey (surveying).
    expect(projectTicket(m, driver.state, driver.effects)).toEqual({
      statuses: ['accepted', 'surveying'],
      fields: { category: 'roof', estimatedCost: 320, title: 'Fix roof' },
      failures: [],
    });
    driver.run({ type: 'complete', taskId: driver.tasks()[0]!.id, actor: 'eng', variables: { cost: 800 } });
    expect(projectTicket(m, driver.state, driver.effects)).toMatchObject({
      statuses: ['in_repair'],
      fields: { estimatedCost: 800 },
    });
  });

  it('should reach no status in a step that enters no node with one, so the host keeps the last', async () => {
    const m = await model();
    const driver = new Driver(m, fakeEnv(), { variables: { area: 'roof', cost: 1 } });
    driver.run({ type: 'complete', taskId: driver.tasks()[0]!.id, actor: 'eng' });
    const notes = driver.tasks().find((t) => t.elementId === 'notes')!;
    driver.run({ type: 'complete', taskId: notes.id, actor: 'eng' });
    expect(projectTicket(m, driver.state, driver.effects)?.statuses).toEqual([]);
  });

  it('should give completedStatus at the end and revokedStatus after 撤销', async () => {
    const m = await model();
    const done = new Driver(m, fakeEnv(), { variables: { area: 'roof', cost: 1 } });
    done.run({ type: 'complete', taskId: done.tasks()[0]!.id, actor: 'eng' });
    for (const task of done.tasks()) done.run({ type: 'complete', taskId: task.id, actor: 'eng' });
    expect(done.state.status).toBe('completed');
    expect(projectTicket(m, done.state, done.effects)?.statuses).toEqual(['closed']);

    const revoked = new Driver(m, fakeEnv(), { variables: { area: 'roof', cost: 1 } });
    revoked.run({ type: 'revoke', actor: 'initiator' });
    expect(projectTicket(m, revoked.state, revoked.effects)?.statuses).toEqual(['cancelled']);
  });

  it('should leave out a field whose rule fails and say why', async () => {
    // Projections get no clock: a ticket field must not change with time alone.
    const m = await model(xml.replace('{"var":"area"}</anxin:projection>', '{"now":[]}</anxin:projection>'));
    const driver = new Driver(m, fakeEnv(), { variables: { area: 'roof', cost: 1 } });
    const ticket = projectTicket(m, driver.state, driver.effects);
    expect(ticket?.fields).not.toHaveProperty('category');
    expect(ticket?.failures).toEqual([{ field: 'category', message: expect.any(String) }]);
  });
});

describe('anxin:revokeCondition', () => {
  it('should allow 撤销 only while the condition over the variables holds', async () => {
    // Given a process revocable only until a task set `started`
    const conditional = xml
      .replace(
        '<anxin:variable name="cost" type="number" />',
        '<anxin:variable name="cost" type="number" />\n      <anxin:variable name="started" type="boolean" />',
      )
      .replace(
        '<bpmn:process id="ticketed" isExecutable="true">',
        '<bpmn:process id="ticketed" isExecutable="true" anxin:revokeCondition="{&quot;!&quot;:{&quot;var&quot;:&quot;started&quot;}}">',
      );
    const m = await model(conditional);
    expect(m.revokeCondition).toEqual({ '!': { var: 'started' } });
    // When nothing started yet, then the initiator may revoke
    const early = new Driver(m, fakeEnv(), { variables: { area: 'roof', cost: 1 } });
    early.run({ type: 'revoke', actor: 'initiator' });
    expect(early.state.status).toBe('terminated');
    // When the survey set `started`, then revoking is refused and nothing changes
    const late = new Driver(m, fakeEnv(), { variables: { area: 'roof', cost: 1 } });
    late.run({ type: 'complete', taskId: late.tasks()[0]!.id, actor: 'eng', variables: { started: true } });
    expect(late.refused({ type: 'revoke', actor: 'initiator' }).code).toBe('revoke.notAllowed');
  });

  it('should report a revoke condition that is not a rule', async () => {
    const broken = xml.replace(
      '<bpmn:process id="ticketed" isExecutable="true">',
      '<bpmn:process id="ticketed" isExecutable="true" anxin:revokeCondition="{oops">',
    );
    const { problems } = await parseProcess(broken);
    expect(problems.some((p) => p.path === 'anxin:revokeCondition' && p.severity === 'error')).toBe(true);
  });
});

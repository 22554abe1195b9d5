import { engineOf, type EngineDriver } from '../support/engine-driver';
import { codesOf, FAST_AUTH_ENV, gql, login, seedFixture, type Session } from '../support/graphql-session';
import { type TestApp, startTestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

interface IncidentView {
  id: string;
  jobName: string;
  action: string | null;
  processInstanceId: string | null;
  elementId: string | null;
  error: string;
  status: string;
}

const FIELDS = 'id jobName action processInstanceId elementId error status';
const INCIDENTS = `query($status: IncidentStatus) { incidents(status: $status) { ${FIELDS} } }`;
const RETRY = `mutation($id: ID!) { retryIncident(id: $id) { ${FIELDS} } }`;

/*
 *  erp-sync:  (start) → [⚙ sync: action "erp-unreachable"] → (end)
 *  Nobody handles the action: each run fails at once and raises an incident; a retry runs it again (and fails again).
 */
describe('incidents over GraphQL', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let engine: EngineDriver;
  const sessions: Record<string, Session> = {};

  const incidents = (who: string, status = 'OPEN') =>
    gql<{ incidents: IncidentView[] }>(baseUrl, INCIDENTS, {
      token: sessions[who]?.token ?? '',
      variables: { status },
    });
  const openOf = async (instanceId: string) =>
    ((await incidents('admin')).data?.incidents ?? []).filter((i) => i.processInstanceId === instanceId);

  beforeAll(async () => {
    testApp = await startTestApp(FAST_AUTH_ENV);
    baseUrl = testApp.baseUrl;
    engine = engineOf(testApp);
    await seedFixture(testApp, 'other-tenant');
    for (const name of ['engineer', 'supervisor']) sessions[name] = await login(baseUrl, name);
    sessions['admin'] = await login(baseUrl, 'admin', { tenant: 'demo' });
    sessions['otherAdmin'] = await login(baseUrl, 'admin', { tenant: 'other', password: 'other-admin-pw' });
    await engine.deploy('erp-sync');
  });

  afterAll(() => testApp?.close());

  it('should list a failed action for admins and supervisors of its company, and refuse engineers', async () => {
    // Given a demo instance whose action always fails
    const instanceId = await engine.start('erp-sync', sessions['admin']!.userId);

    // When the worker gives up on it, then the demo admin sees the incident, without a stack trace
    const [incident] = await waitFor('the incident', async () => {
      const found = await openOf(instanceId);
      return found.length > 0 && found;
    });
    expect(incident).toMatchObject({
      jobName: 'anxin.run-action',
      action: 'erp-unreachable',
      elementId: 'sync',
      status: 'OPEN',
    });
    expect(incident?.error).toContain('erp-unreachable');
    expect(incident?.error).not.toContain('\n');
    // And so does the supervisor; an engineer is refused; another company's admin sees nothing of it
    expect((await incidents('supervisor')).data?.incidents.map((i) => i.id)).toContain(incident?.id);
    expect(codesOf(await incidents('engineer'))).toEqual(['FORBIDDEN']);
    expect((await incidents('otherAdmin')).data?.incidents).toEqual([]);
  });

  it('should re-run the job on retryIncident, audit it, and refuse a second retry and other companies', async () => {
    // Given an open incident of a demo instance
    const instanceId = await engine.start('erp-sync', sessions['admin']!.userId);
    const [incident] = await waitFor('the incident', async () => {
      const found = await openOf(instanceId);
      return found.length > 0 && found;
    });
    const id = incident!.id;

    // When another company's admin or an engineer retries it, then it is NOT_FOUND or FORBIDDEN
    const foreign = await gql(baseUrl, RETRY, { token: sessions['otherAdmin']!.token, variables: { id } });
    expect(codesOf(foreign)).toEqual(['NOT_FOUND']);
    const engineer = await gql(baseUrl, RETRY, { token: sessions['engineer']!.token, variables: { id } });
    expect(codesOf(engineer)).toEqual(['FORBIDDEN']);

    // When the demo admin retries it
    const retried = await gql<{ retryIncident: IncidentView }>(baseUrl, RETRY, {
      token: sessions['admin']!.token,
      variables: { id },
    });

    // Then it is resolved, and the job ran again: still unhandled, it raised a new incident for the same step
    expect(retried.data?.retryIncident).toMatchObject({ id, status: 'RESOLVED' });
    const [again] = await waitFor('the re-run incident', async () => {
      const found = (await openOf(instanceId)).filter((i) => i.id !== id);
      return found.length > 0 && found;
    });
    expect(again).toMatchObject({ elementId: 'sync', action: 'erp-unreachable', status: 'OPEN' });
    // And the retry is audited with its target and outcome, the refused ones too
    const audit = await engine.rows<{ target_id: string; outcome: string }>(
      `select target_id, outcome from audit_log where operation = 'retryIncident' order by at`,
    );
    expect(audit).toEqual([
      { target_id: id, outcome: 'NOT_FOUND' },
      { target_id: id, outcome: 'ok' },
    ]);
    // When it is retried a second time, then it is a CONFLICT (already resolved)
    const twice = await gql(baseUrl, RETRY, { token: sessions['admin']!.token, variables: { id } });
    expect(codesOf(twice)).toEqual(['CONFLICT']);
  });

  it('should answer NOT_FOUND for an unknown or malformed incident id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      const result = await gql(baseUrl, RETRY, { token: sessions['admin']!.token, variables: { id } });
      expect(codesOf(result)).toEqual(['NOT_FOUND']);
    }
  });
});

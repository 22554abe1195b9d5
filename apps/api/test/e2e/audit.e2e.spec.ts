import { Client } from 'pg';
import { FAST_AUTH_ENV, gql, login, LOGIN, seedFixture } from '../support/graphql-session';
import { type TestApp, startTestApp } from '../support/test-app';

interface AuditRow {
  tenant_id: string | null;
  actor_id: string | null;
  operation: string;
  target_id: string | null;
  summary: Record<string, unknown>;
  outcome: string;
  ip: string | null;
  at: Date;
}

const AUDIT_LOG = `query { auditLog(page: { limit: 100 }) { total items { operation outcome targetId summary ip at actor { id displayName } } } }`;

describe('audit log of mutations', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let sql: Client;

  const rows = async (operation: string) =>
    (await sql.query<AuditRow>('select * from audit_log where operation = $1 order by at', [operation])).rows;

  beforeAll(async () => {
    testApp = await startTestApp(FAST_AUTH_ENV);
    baseUrl = testApp.baseUrl;
    sql = new Client({ connectionString: testApp.database.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await testApp?.close();
  });

  it('should record a successful login with the actor, target, address and no password', async () => {
    // When the engineer signs in
    const session = await login(baseUrl, 'engineer');
    // Then one row names him as actor and target, keeps the username, redacts the password, and has his address
    const [row] = await rows('login');
    expect(row).toMatchObject({
      actor_id: session.userId,
      target_id: session.userId,
      outcome: 'ok',
      summary: { username: 'engineer', password: '[redacted]', tenant: null },
      ip: expect.stringMatching(/127\.0\.0\.1/),
    });
    expect(row?.tenant_id).toEqual(expect.any(String));
    expect(JSON.stringify(row)).not.toContain('anxin-engineer');
  });

  it('should record a failed login with its error code and no actor', async () => {
    // When somebody tries a wrong password
    await gql(baseUrl, LOGIN, { variables: { username: 'finance', password: 'guess-guess-guess' } });
    // Then the row says UNAUTHENTICATED, names nobody, and does not keep the guess
    const failed = (await rows('login')).find((r) => r.outcome !== 'ok');
    expect(failed).toMatchObject({ actor_id: null, tenant_id: null, outcome: 'UNAUTHENTICATED' });
    expect(JSON.stringify(failed)).not.toContain('guess-guess-guess');
  });

  it('should record token refreshes and sign-outs without their tokens', async () => {
    // Given a session, when its refresh token is traded and the new one is used to sign out
    const session = await login(baseUrl, 'agent');
    const refreshed = await gql<{ refreshToken: { refreshToken: string } }>(
      baseUrl,
      'mutation($t: String!) { refreshToken(token: $t) { refreshToken } }',
      { variables: { t: session.refreshToken } },
    );
    const next = refreshed.data?.refreshToken.refreshToken ?? '';
    await gql(baseUrl, 'mutation($t: String!) { logout(refreshToken: $t) }', { variables: { t: next } });
    // Then both are audited as the agent, and neither token is stored
    expect(await rows('refreshToken')).toEqual([
      expect.objectContaining({ actor_id: session.userId, outcome: 'ok', summary: { token: '[redacted]' } }),
    ]);
    expect(await rows('logout')).toEqual([
      expect.objectContaining({ actor_id: session.userId, outcome: 'ok', summary: { refreshToken: '[redacted]' } }),
    ]);
    const all = JSON.stringify((await sql.query('select * from audit_log')).rows);
    expect(all).not.toContain(session.refreshToken);
    expect(all).not.toContain(next);
  });

  it("should show admins their own tenant's audit log only", async () => {
    // Given a second tenant whose admin signs in
    await seedFixture(testApp, 'other-tenant');
    const otherAdmin = await login(baseUrl, 'river-engineer', { password: 'river-engineer-pw' });
    const demoAdmin = await login(baseUrl, 'admin', { tenant: 'demo' });
    // When the demo admin reads the audit log
    type Entries = { auditLog: { items: { operation: string; actor: { id: string } | null; summary: object }[] } };
    const log = await gql<Entries>(baseUrl, AUDIT_LOG, { token: demoAdmin.token });
    // Then he sees the demo tenant's sign-ins, newest first, and nothing of the other tenant nor anonymous failures
    const actors = (log.data?.auditLog.items ?? []).map((entry) => entry.actor?.id);
    expect(log.errors).toBeUndefined();
    expect(log.data?.auditLog.items[0]).toMatchObject({ operation: 'login', actor: { id: demoAdmin.userId } });
    expect(actors).not.toContain(otherAdmin.userId);
    expect(actors).not.toContain(undefined);
  });
});

import { Client } from 'pg';
import { forgeToken, unsignedToken } from '../support/forge-token';
import {
  codesOf,
  demoPassword,
  FAST_AUTH_ENV,
  gql,
  login,
  LOGIN,
  seedFixture,
  type Session,
} from '../support/graphql-session';
import { type TestApp, startTestApp } from '../support/test-app';

const secret = 'auth-e2e-secret-0123456789abcdefghijklmnop';
const ME = '{ me { id username displayName roles tenantId projectIds teamIds unitIds } }';
const REFRESH = `mutation Refresh($token: String!) { refreshToken(token: $token) { token refreshToken user { id } } }`;

type MeData = { me: { id: string; username: string; roles: string[]; tenantId: string; projectIds: string[] } };
type RefreshData = { refreshToken: { token: string; refreshToken: string; user: { id: string } } };

describe('authentication over HTTP', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let engineer: Session;
  let tenantId: string;
  let sql: Client;

  beforeAll(async () => {
    // No actor cache: a deactivation below must bind on the very next request (the cache's bound is its own test).
    testApp = await startTestApp({ ...FAST_AUTH_ENV, JWT_SECRET: secret, ACTOR_CACHE_SECONDS: '0' });
    baseUrl = testApp.baseUrl;
    await seedFixture(testApp, 'other-tenant');
    sql = new Client({ connectionString: testApp.database.url });
    await sql.connect();
    engineer = await login(baseUrl, 'engineer');
    const me = await gql<MeData>(baseUrl, ME, { token: engineer.token });
    tenantId = me.data?.me.tenantId ?? '';
  });

  afterAll(async () => {
    await sql?.end();
    await testApp?.close();
  });

  it('should sign in with the right password and answer `me` with the bearer token', async () => {
    // Given the demo engineer's documented password, when he signs in
    const result = await gql<{ login: { token: string; user: { username: string; roles: string[] } } }>(
      baseUrl,
      LOGIN,
      { variables: { username: 'Engineer ', password: demoPassword('engineer') } },
    );
    // Then he gets a JWT and his user; `me` with that token names him, scoped to one project
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.token.split('.')).toHaveLength(3);
    expect(result.data?.login.user).toMatchObject({ username: 'engineer', roles: ['ENGINEER'] });
    const me = await gql<MeData>(baseUrl, ME, { token: result.data?.login.token ?? '' });
    expect(me.data?.me).toMatchObject({ username: 'engineer', roles: ['ENGINEER'], projectIds: [expect.any(String)] });
  });

  it('should refuse a wrong password and an unknown user with the same UNAUTHENTICATED error', async () => {
    // When signing in with a wrong password, and as nobody
    const wrongPassword = await gql(baseUrl, LOGIN, { variables: { username: 'engineer', password: 'not-it-at-all' } });
    const unknownUser = await gql(baseUrl, LOGIN, { variables: { username: 'nobody', password: 'not-it-at-all' } });
    // Then both answers are identical: code, reason and message say nothing about which part was wrong
    expect(codesOf(wrongPassword)).toEqual(['UNAUTHENTICATED']);
    expect(wrongPassword.errors?.[0]).toEqual(unknownUser.errors?.[0]);
    expect(wrongPassword.errors?.[0]?.message).toBe('Invalid username or password');
    expect(wrongPassword.data).toBeNull();
  });

  it('should need the company code when the username exists in two tenants', async () => {
    // Given `admin` in the demo tenant and in the other tenant, when signing in without and with a tenant
    const ambiguous = await gql(baseUrl, LOGIN, { variables: { username: 'admin', password: demoPassword('admin') } });
    const demo = await login(baseUrl, 'admin', { tenant: 'demo' });
    const other = await login(baseUrl, 'admin', { tenant: 'other', password: 'other-admin-pw' });
    // Then the ambiguous attempt is refused like a wrong password; each tenant's admin is himself
    expect(codesOf(ambiguous)).toEqual(['UNAUTHENTICATED']);
    expect(demo.userId).not.toBe(other.userId);
  });

  it('should answer UNAUTHENTICATED without a token, and with a malformed Authorization header', async () => {
    const anonymous = await gql(baseUrl, ME);
    const malformed = await gql(baseUrl, ME, { token: 'not-a-jwt' });
    expect(codesOf(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(malformed)).toEqual(['UNAUTHENTICATED']);
  });

  it('should refuse expired, forged, wrong-audience, wrong-issuer, other-algorithm and alg:none tokens', async () => {
    // Given tokens for the engineer that are each wrong in one way
    const base = { userId: engineer.userId, tenantId };
    const tokens = {
      valid: forgeToken({ ...base, secret }),
      expired: forgeToken({ ...base, secret, expiresIn: -30 }),
      forged: forgeToken({ ...base, secret: 'somebody-elses-secret-0123456789abcdef' }),
      wrongAudience: forgeToken({ ...base, secret, audience: 'another-api' }),
      wrongIssuer: forgeToken({ ...base, secret, issuer: 'evil' }),
      otherAlgorithm: forgeToken({ ...base, secret, algorithm: 'HS512' }),
      unsigned: unsignedToken(engineer.userId, tenantId),
    };
    // When each is used
    const codes = Object.fromEntries(
      await Promise.all(
        Object.entries(tokens).map(async ([name, token]) => [name, codesOf(await gql(baseUrl, ME, { token }))]),
      ),
    );
    // Then only the valid one passes
    expect(codes).toEqual({
      valid: [],
      expired: ['UNAUTHENTICATED'],
      forged: ['UNAUTHENTICATED'],
      wrongAudience: ['UNAUTHENTICATED'],
      wrongIssuer: ['UNAUTHENTICATED'],
      otherAlgorithm: ['UNAUTHENTICATED'],
      unsigned: ['UNAUTHENTICATED'],
    });
  });

  it('should rotate refresh tokens: the new pair works, the used one is refused and its replay ends the session', async () => {
    // Given a fresh sign-in, when its refresh token is used
    const session = await login(baseUrl, 'agent');
    const first = await gql<RefreshData>(baseUrl, REFRESH, { variables: { token: session.refreshToken } });
    const next = first.data?.refreshToken;
    // Then a new access token and a new refresh token come back, and the access token works
    expect(first.errors).toBeUndefined();
    expect(next?.refreshToken).not.toBe(session.refreshToken);
    expect(codesOf(await gql(baseUrl, ME, { token: next?.token ?? '' }))).toEqual([]);
    // When the used refresh token is presented again (a replay), then it is refused…
    const replay = await gql(baseUrl, REFRESH, { variables: { token: session.refreshToken } });
    expect(codesOf(replay)).toEqual(['UNAUTHENTICATED']);
    // …and the whole session is revoked: its successor is refused too
    const successor = await gql(baseUrl, REFRESH, { variables: { token: next?.refreshToken ?? '' } });
    expect(codesOf(successor)).toEqual(['UNAUTHENTICATED']);
  });

  it('should store refresh tokens only as hashes, and end a session on logout', async () => {
    // Given a sign-in
    const session = await login(baseUrl, 'finance');
    // Then the database holds no refresh token in clear
    const stored = await sql.query('select token_hash from refresh_token where token_hash = $1', [
      session.refreshToken,
    ]);
    expect(stored.rowCount).toBe(0);
    // When signing out, then the refresh token is used up
    const logout = await gql<{ logout: boolean }>(baseUrl, 'mutation($t: String!) { logout(refreshToken: $t) }', {
      variables: { t: session.refreshToken },
    });
    expect(logout.data?.logout).toBe(true);
    const refresh = await gql(baseUrl, REFRESH, { variables: { token: session.refreshToken } });
    expect(codesOf(refresh)).toEqual(['UNAUTHENTICATED']);
  });

  it('should stop a deactivated user at once: his access token and refresh token no longer work', async () => {
    // Given the designer signed in
    const session = await login(baseUrl, 'designer');
    // When an operator deactivates him
    await sql.query(`update app_user set active = false where username = 'designer'`);
    // Then his still unexpired access token is refused, and so is his refresh token and his password
    expect(codesOf(await gql(baseUrl, ME, { token: session.token }))).toEqual(['UNAUTHENTICATED']);
    const refresh = await gql(baseUrl, REFRESH, { variables: { token: session.refreshToken } });
    expect(codesOf(refresh)).toEqual(['UNAUTHENTICATED']);
    const again = await gql(baseUrl, LOGIN, {
      variables: { username: 'designer', password: demoPassword('designer') },
    });
    expect(codesOf(again)).toEqual(['UNAUTHENTICATED']);
  });

  it('should refuse an operation to a role that lacks it (FORBIDDEN) and allow it to the role that has it', async () => {
    // Given the admin-only audit log, when the engineer and the admin ask for it
    const query = '{ auditLog { total } }';
    const asEngineer = await gql(baseUrl, query, { token: engineer.token });
    const admin = await login(baseUrl, 'admin', { tenant: 'demo' });
    const asAdmin = await gql<{ auditLog: { total: number } }>(baseUrl, query, { token: admin.token });
    // Then the engineer is refused with FORBIDDEN, the admin is answered
    expect(codesOf(asEngineer)).toEqual(['FORBIDDEN']);
    expect(asEngineer.errors?.[0]?.extensions).toMatchObject({ reason: 'auth.roleRequired' });
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data?.auditLog.total).toBeGreaterThan(0);
  });
});

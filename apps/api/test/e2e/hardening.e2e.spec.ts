import { Client } from 'pg';
import { codesOf, FAST_AUTH_ENV, gql, login, LOGIN } from '../support/graphql-session';
import { type TestApp, startTestApp } from '../support/test-app';

const INTROSPECTION = '{ __schema { queryType { name } } }';
/** Valid against the schema and 12 selections deep (through `__type`, which armor does not exempt). */
const DEEP =
  '{ __type(name: "Query") { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } }';
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: health { status }`).join(' ')} }`;

const post = (baseUrl: string, body: string) =>
  fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('hardening in development mode', () => {
  let testApp: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    testApp = await startTestApp({ ...FAST_AUTH_ENV, AUTH_RATE_LIMIT: '3' });
    baseUrl = testApp.baseUrl;
  });

  afterAll(() => testApp?.close());

  it('should allow introspection and suggest field names outside production', async () => {
    const result = await gql<{ __schema: { queryType: { name: string } } }>(baseUrl, INTROSPECTION);
    const typo = await gql(baseUrl, '{ healt { status } }');
    expect(result.data?.__schema.queryType.name).toBe('Query');
    expect(typo.errors?.[0]?.message).toMatch(/Did you mean "health"/);
  });

  it('should refuse a query deeper than 10 with BAD_USER_INPUT, before running it', async () => {
    const result = await gql(baseUrl, DEEP);
    expect(new Set(codesOf(result))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(result.errors?.map((e) => e.message)).toContainEqual(expect.stringMatching(/depth limit of 10/));
    expect(result.data).toBeUndefined();
  });

  it('should allow 15 aliases and refuse 16 with BAD_USER_INPUT', async () => {
    expect(codesOf(await gql(baseUrl, aliases(15)))).toEqual([]);
    const refused = await gql(baseUrl, aliases(16));
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.message).toMatch(/Aliases limit of 15/);
  });

  it('should refuse a query of more than 1000 tokens with BAD_USER_INPUT', async () => {
    const result = await gql(baseUrl, `{ ${'__typename '.repeat(1_001)}}`);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('should refuse a 2 MB body with 413 and a coded error, and malformed JSON with 400', async () => {
    // Given a body over the 1 MB limit, and one that is not JSON
    const big = await post(baseUrl, JSON.stringify({ query: '{ health { status } }', padding: 'x'.repeat(2_000_000) }));
    const malformed = await post(baseUrl, '{"query": ');
    // Then both are refused before GraphQL, in GraphQL's error shape
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      errors: [
        { message: 'Request body over 1 MB', extensions: { code: 'BAD_USER_INPUT', reason: 'request.tooLarge' } },
      ],
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('should refuse batched operations', async () => {
    const batch = await post(
      baseUrl,
      JSON.stringify([{ query: '{ health { status } }' }, { query: '{ health { status } }' }]),
    );
    expect(batch.status).toBe(400);
    expect(await batch.json()).toEqual({
      errors: [{ message: 'Operation batching disabled.', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });

  it('should answer wrong argument types and unknown fields with BAD_USER_INPUT and no stack trace', async () => {
    const wrongType = await gql(baseUrl, 'query($p: PageInput) { users(page: $p) { total } }', {
      variables: { p: { limit: 'many' } },
    });
    const unknownField = await gql(baseUrl, '{ health { nonsense } }');
    for (const result of [wrongType, unknownField]) {
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|exception|\.ts:\d+/);
    }
  });

  it('should answer REST errors with the same codes and shape (an unknown endpoint: 404 NOT_FOUND)', async () => {
    const response = await fetch(`${baseUrl}/no-such-endpoint`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('should send helmet headers, with a CSP that lets the designer load its own scripts', async () => {
    const response = await fetch(`${baseUrl}/`, { headers: { accept: 'text/html' } });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' https: 'unsafe-inline'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('should limit login attempts per address: RATE_LIMITED after AUTH_RATE_LIMIT (3) a minute', async () => {
    // When one address tries four logins in a row (wrong passwords)
    const attempts = [];
    for (let i = 0; i < 4; i += 1) {
      attempts.push(await gql(baseUrl, LOGIN, { variables: { username: 'engineer', password: `wrong-${i}-guess` } }));
    }
    // Then the first three are answered (UNAUTHENTICATED), the fourth is refused without checking, with Retry-After
    expect(attempts.map((a) => codesOf(a)[0])).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'RATE_LIMITED',
    ]);
    expect(attempts[3]?.headers.get('retry-after-auth')).toMatch(/^\d+$/);
    // And other public operations have their own, separate limit
    expect(codesOf(await gql(baseUrl, '{ health { status } }'))).toEqual([]);
  });
});

describe('hardening in production mode (NODE_ENV=production)', () => {
  let testApp: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    testApp = await startTestApp({ NODE_ENV: 'production', JWT_SECRET: 'production-like-secret-0123456789abcdef' });
    baseUrl = testApp.baseUrl;
  });

  afterAll(() => testApp?.close());

  it('should refuse introspection', async () => {
    const result = await gql(baseUrl, INTROSPECTION);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('should not suggest field names', async () => {
    const result = await gql(baseUrl, '{ healt { status } }');
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('should not seed the demo tenant (SEED_DEMO_DATA defaults to false in production)', async () => {
    const result = await gql(baseUrl, LOGIN, { variables: { username: 'admin', password: 'anxin-admin' } });
    expect(codesOf(result)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('error mapping of unexpected failures', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(FAST_AUTH_ENV);
  });

  afterAll(() => testApp?.close());

  it('should answer INTERNAL with a generic message: no SQL, no stack trace, no exception details', async () => {
    // Given a signed-in admin, and a table the query needs dropped under the running app
    const admin = await login(testApp.baseUrl, 'admin');
    const sql = new Client({ connectionString: testApp.database.url });
    await sql.connect();
    await sql.query('drop table team_member');
    await sql.end();
    // When he lists the teams
    const result = await gql(testApp.baseUrl, '{ teams { id members { userId } } }', { token: admin.token });
    // Then the error is INTERNAL and says nothing else
    expect(result.errors).toEqual([
      {
        message: 'Internal server error',
        locations: expect.any(Array),
        path: ['teams'],
        extensions: { code: 'INTERNAL' },
      },
    ]);
  });
});

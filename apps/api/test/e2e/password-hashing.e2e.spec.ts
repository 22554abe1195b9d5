import { Client } from 'pg';
import { codesOf, gql, login, LOGIN } from '../support/graphql-session';
import { type TestApp, startTestApp } from '../support/test-app';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function timed(baseUrl: string, username: string): Promise<number> {
  const started = process.hrtime.bigint();
  const result = await gql(baseUrl, LOGIN, { variables: { username, password: 'definitely-wrong' } });
  expect(codesOf(result)).toEqual(['UNAUTHENTICATED']);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

describe('password hashing with the real parameters (argon2id, OWASP)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    // Given the default configuration: PASSWORD_HASHING=owasp
    testApp = await startTestApp({ AUTH_RATE_LIMIT: '1000' });
  });

  afterAll(() => testApp?.close());

  it('should store argon2id hashes with m=19456 KiB, t=2, p=1 and sign in against them', async () => {
    // When reading the seeded hashes and signing in
    const sql = new Client({ connectionString: testApp.database.url });
    await sql.connect();
    const { rows } = await sql.query<{ password_hash: string }>('select password_hash from app_user');
    await sql.end();
    const session = await login(testApp.baseUrl, 'supervisor');
    // Then every hash is argon2id at OWASP's parameters, and the password matches
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(session.token).toBeTruthy();
  });

  it('should spend as long on an unknown username as on a wrong password (no user enumeration by timing)', async () => {
    // When timing failed logins of an existing user and of nobody, interleaved
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      known.push(await timed(testApp.baseUrl, 'engineer'));
      unknown.push(await timed(testApp.baseUrl, `nobody-${i}`));
    }
    // Then both pay for an argon2 verification (a skipped one would be ~20x faster)
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.4);
    expect(median(unknown)).toBeLessThan(median(known) * 2.5);
  });
});

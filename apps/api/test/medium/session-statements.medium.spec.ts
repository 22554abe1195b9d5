import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@anxin/persistence/testing';
import { executePrepared } from '../../src/common/database/session-statements.util';

// One statement prepared per connection and executed after a prefix, in one simple-protocol round trip.
describe('executePrepared', () => {
  let database: TestDatabase;
  let client: Client;
  let sent: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });
  beforeEach(() => {
    sent = [];
  });

  const spying = {
    query: (text: string) => {
      sent.push(text);
      return client.query(text) as Promise<unknown>;
    },
  };
  const run = (params: (string | number | null)[]) =>
    executePrepared<{ a: string; n: number; setting: string }>(spying, {
      prefix: `select set_config('application_name', 'executePrepared test', true)`,
      sql: `select ?::text as a, ?::int as n, current_setting('application_name') as setting`,
      params,
    });

  it('should prepare on the first call only, and run after the prefix in the same transaction', async () => {
    // when the statement runs twice on one connection
    const first = await run(["it's", 1]);
    const second = await run(['again', 2]);
    // then the first call prepared it, the second only executed it, and both saw the prefix's setting
    expect(sent[0]).toMatch(/prepare anxin_[0-9a-f]+ as select \$1::text/);
    expect(sent[1]).not.toContain('prepare');
    expect(first).toEqual([{ a: "it's", n: 1, setting: 'executePrepared test' }]);
    expect(second).toEqual([{ a: 'again', n: 2, setting: 'executePrepared test' }]);
    // and the setting ended with the implicit transaction
    const after = await client.query<{ setting: string }>(`select current_setting('application_name') as setting`);
    expect(after.rows[0]?.setting).not.toBe('executePrepared test');
  });

  it('should prepare again when the connection lost its statements', async () => {
    // given a statement prepared on the connection, when the session drops every prepared statement
    await run(['one', 1]);
    await client.query('deallocate all');
    // then the next call still answers (prepared once more)
    expect(await run(['two', 2])).toEqual([{ a: 'two', n: 2, setting: 'executePrepared test' }]);
    expect(sent.at(-1)).toContain('prepare');
  });
});

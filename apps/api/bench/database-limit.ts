import { Pool } from 'pg';
import { elapsedMs } from './bench-stats';
import { BENCH_TAG } from './sql-counter';

export interface DatabaseLimit {
  readonly concurrency: number;
  readonly transactions: number;
  readonly perSecond: number;
}

const SCHEMA = `${BENCH_TAG}
  create table if not exists bench_counter (id int primary key, n bigint not null default 0);
  create table if not exists bench_log (id bigserial primary key, counter_id int not null, at timestamptz not null);`;

/**
 * The database's own limit for the shape of an engine step: a transaction of two statements (update one row,
 * insert one row), repeated for `seconds` by `concurrency` connections of the pg driver, each on a row of its own
 * (as the engine's instances are independent). Transactions per second.
 */
export async function measureDatabaseLimit(url: string, concurrency: number, seconds: number): Promise<DatabaseLimit> {
  const pool = new Pool({ connectionString: url, max: concurrency });
  try {
    await pool.query(SCHEMA);
    await pool.query(
      `${BENCH_TAG} insert into bench_counter (id) select generate_series(1, $1::int) on conflict do nothing`,
      [concurrency],
    );
    let transactions = 0;
    const start = performance.now();
    const lane = async (row: number) => {
      const client = await pool.connect();
      try {
        while (elapsedMs(start) < seconds * 1000) {
          await client.query('begin');
          await client.query('update bench_counter set n = n + 1 where id = $1', [row]);
          await client.query('insert into bench_log (counter_id, at) values ($1, now())', [row]);
          await client.query('commit');
          transactions += 1;
        }
      } finally {
        client.release();
      }
    };
    await Promise.all(Array.from({ length: concurrency }, (_, i) => lane(i + 1)));
    return { concurrency, transactions, perSecond: transactions / (elapsedMs(start) / 1000) };
  } finally {
    await pool.end();
  }
}

import type { Pool } from 'pg';
import { sleep } from './bench-stats';

/** Every statement the benchmark itself sends carries this tag, so the counts can leave them out. */
export const BENCH_TAG = '/* anxin-bench */';

export interface StatementCount {
  readonly source: 'pg_stat_statements' | 'pg_stat_database.xact_commit';
  /** Statements (or, from pg_stat_database, transactions) of the measured code since `reset()`. */
  readonly total: number;
  /** Milliseconds the server spent executing them, and planning them (pg_stat_statements only, else 0). */
  readonly execMs: number;
  readonly planMs: number;
}

/** One statement text of {@link SqlCounter.breakdown}. */
export interface StatementShare {
  readonly text: string;
  readonly calls: number;
  readonly execMs: number;
  readonly planMs: number;
}

/**
 * Counts the statements the server executed for the measured code, as a cross-check of the runtime's own counter:
 * pg_stat_statements when it is loaded, else committed transactions from pg_stat_database (every runtime statement
 * runs in a transaction of its own), minus the benchmark's own queries.
 */
export class SqlCounter {
  private xactBase = 0;
  private benchQueries = 0;

  constructor(
    private readonly pool: Pool,
    private readonly statStatements: boolean,
  ) {}

  /** Runs one of the benchmark's own (tagged, uncounted) queries; as the prepared statement `name` if given. */
  async query<T extends object>(sql: string, params: unknown[] = [], name?: string): Promise<T[]> {
    this.benchQueries += 1;
    const text = `${BENCH_TAG} ${sql}`;
    return (await this.pool.query<T>(name ? { name, text, values: params } : { text, values: params })).rows;
  }

  async reset(): Promise<void> {
    if (this.statStatements) {
      await this.query('select pg_stat_statements_reset()');
      return;
    }
    this.xactBase = await this.commits();
    this.benchQueries = 0;
  }

  async read(): Promise<StatementCount> {
    if (!this.statStatements) {
      const bench = this.benchQueries;
      const total = (await this.commits()) - this.xactBase - bench;
      return { source: 'pg_stat_database.xact_commit', total, execMs: 0, planMs: 0 };
    }
    const [row] = await this.query<{ calls: string | null; exec: number | null; plan: number | null }>(
      `select sum(calls) as calls, sum(total_exec_time) as exec, sum(total_plan_time) as plan from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database())
          and toplevel and query not like '%anxin-bench%'`,
    );
    return {
      source: 'pg_stat_statements',
      total: Number(row?.calls ?? 0),
      execMs: row?.exec ?? 0,
      planMs: row?.plan ?? 0,
    };
  }

  /**
   * The measured statements by text (pg_stat_statements only, else empty), most called first: what the totals of
   * {@link read} are made of. Texts are normalised by PostgreSQL and cut to `width` characters on one line.
   */
  async breakdown(limit = 20, width = 110): Promise<StatementShare[]> {
    if (!this.statStatements) return [];
    const rows = await this.query<{ query: string; calls: string; exec: number; plan: number }>(
      `select query, calls, total_exec_time as exec, total_plan_time as plan from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database())
          and toplevel and query not like '%anxin-bench%'
        order by calls desc, total_exec_time desc limit $1`,
      [limit],
    );
    return rows.map((row) => ({
      text: row.query.replace(/\s+/g, ' ').slice(0, width),
      calls: Number(row.calls),
      execMs: row.exec,
      planMs: row.plan,
    }));
  }

  private async commits(): Promise<number> {
    // Backends publish their counts when idle, at most once a second: let them.
    await sleep(1_500);
    const [row] = await this.query<{ commits: string }>(
      'select xact_commit as commits from pg_stat_database where datname = current_database()',
    );
    return Number(row?.commits ?? 0);
  }
}

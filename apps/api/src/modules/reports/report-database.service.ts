import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Pool } from 'pg';
import { APP_DATABASE_ROLE } from '../../common/database/tenant-database.service';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';

/** A statement with `$1`, `$2`… placeholders and their values. */
export interface NativeQuery {
  readonly sql: string;
  readonly bindings: readonly unknown[];
}

/**
 * The connections report queries run on: the main database, or the read replica of `REPORT_DATABASE_URL`. Every
 * query runs in its own READ ONLY transaction whose first statement confines it exactly as `TenantDatabase` does
 * (role `anxin_app`, the tenant: row-level security binds on a replica too) and sets a local statement timeout.
 * Values travel as bound parameters, apart from the statement's text.
 */
@Injectable()
export class ReportDatabase implements OnModuleDestroy {
  private readonly pool: Pool;
  readonly timeoutMs: number;

  constructor(orm: MikroORM, @Inject(APP_CONFIG) config: AppConfig) {
    this.timeoutMs = config.reports.statementTimeoutMs;
    this.pool = new Pool({
      connectionString: config.reports.databaseUrl ?? orm.config.get('clientUrl'),
      max: 8,
      idleTimeoutMillis: 30_000,
    });
    // An idle connection that fails is dropped by the pool; the next report opens another.
    this.pool.on('error', () => undefined);
  }

  /** The rows of `query` in a read-only transaction of `tenantId`. */
  async readOnly<T = Record<string, unknown>>(tenantId: string, query: NativeQuery): Promise<T[]> {
    const client = await this.pool.connect();
    let healthy = true;
    try {
      await client.query('begin transaction read only');
      await client.query(
        `select set_config('role', $1, true), set_config('anxin.tenant_id', $2, true),
                set_config('statement_timeout', $3, true)`,
        [APP_DATABASE_ROLE, tenantId, String(this.timeoutMs)],
      );
      const result = await client.query({ text: query.sql, values: [...query.bindings] });
      await client.query('commit');
      return result.rows as T[];
    } catch (error) {
      await client.query('rollback').catch(() => (healthy = false));
      throw error;
    } finally {
      client.release(!healthy);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}

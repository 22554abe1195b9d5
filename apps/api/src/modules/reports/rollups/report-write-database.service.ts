import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Pool, type PoolClient } from 'pg';
import { APP_DATABASE_ROLE } from '../../../common/database/tenant-database.service';
import type { NativeQuery } from '../report-database.service';

/** One connection of the report writer, held for a whole piece of work (its advisory locks live as long). */
export interface WriteSession {
  /** Runs a statement as the system (the tables' owner): every tenant's rows. */
  system<T = Record<string, unknown>>(query: NativeQuery): Promise<T[]>;
  /**
   * Runs `work` in ONE transaction confined to `tenantId` as `TenantDatabase` confines requests (role `anxin_app`,
   * the tenant): row-level security keeps both what the statements read and what they write to that tenant.
   */
  tenantTransaction<T>(tenantId: string, work: (run: RunQuery) => Promise<T>): Promise<T>;
}

export type RunQuery = <T = Record<string, unknown>>(query: NativeQuery) => Promise<T[]>;

/**
 * The connections the report worker writes with (rollups, schedule runs): always the primary database, never the
 * report replica, with values as bound parameters (ADR 0006) on a small pool of its own.
 */
@Injectable()
export class ReportWriteDatabase implements OnModuleDestroy {
  private readonly pool: Pool;

  constructor(orm: MikroORM) {
    this.pool = new Pool({ connectionString: orm.config.get('clientUrl'), max: 3, idleTimeoutMillis: 30_000 });
    this.pool.on('error', () => undefined);
  }

  async session<T>(work: (session: WriteSession) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let healthy = true;
    try {
      return await work(sessionOf(client, () => (healthy = false)));
    } finally {
      client.release(!healthy);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}

function sessionOf(client: PoolClient, broken: () => void): WriteSession {
  const run: RunQuery = async <T>(query: NativeQuery) =>
    (await client.query({ text: query.sql, values: [...query.bindings] })).rows as T[];
  return {
    system: run,
    tenantTransaction: async (tenantId, work) => {
      await client.query('begin');
      try {
        await client.query(`select set_config('role', $1, true), set_config('anxin.tenant_id', $2, true)`, [
          APP_DATABASE_ROLE,
          tenantId,
        ]);
        const result = await work(run);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(broken);
        throw error;
      }
    },
  };
}

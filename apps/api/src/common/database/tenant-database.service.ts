import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ActorContext } from '../context/actor-context.service';
import { isUuid } from '../validation/uuid.util';
import { inlineSql, type SqlValue } from './inline-sql.util';

/** The NOLOGIN role row-level security confines to one tenant (created by the migration that added the org model). */
export const APP_DATABASE_ROLE = 'anxin_app';

/**
 * Transactions confined to one tenant by PostgreSQL itself. Each starts with ONE statement that switches to the
 * role `anxin_app` and names the tenant, both local to the transaction:
 *
 *   select set_config('role', 'anxin_app', true), set_config('anxin.tenant_id', <tenant>, true)
 *
 * so the pooled connection goes back to its own role and no tenant when the transaction ends. Policies (with FORCE)
 * then hide every other tenant's rows and refuse writing them, even where a query forgot its tenant condition, and
 * even when the app connects as a superuser (which RLS would not restrict). Services still filter by tenant and
 * scope themselves (`DataScope`): this is the second line.
 */
@Injectable()
export class TenantDatabase {
  constructor(
    private readonly em: EntityManager,
    private readonly actors: ActorContext,
  ) {}

  /** `work` in a transaction of the current actor's tenant (UNAUTHENTICATED without an actor). */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.forTenant(this.actors.require().tenantId, work);
  }

  /**
   * ONE statement (written with `?` placeholders) in a transaction of the current actor's tenant, in ONE round trip:
   * the settings and the statement go as one simple-protocol query,
   *
   *   select set_config('role', 'anxin_app', true), set_config('anxin.tenant_id', '<tenant>', true); <sql>
   *
   * which PostgreSQL runs as one implicit transaction, planning each statement only when the one before has run:
   * `<sql>` is planned as `anxin_app` with the tenant set, and both settings end with it. Instead of `begin`, the
   * settings, the statement and `commit`: four round trips. The simple protocol takes no parameters, so the values
   * are written into the text as literals ({@link inlineSql}); the tenant id is checked to be a UUID first.
   */
  async query<T extends object>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const tenantId = this.actors.require().tenantId;
    if (!isUuid(tenantId)) throw new Error(`TenantDatabase.query: tenant id ${String(tenantId)} is not a UUID`);
    const text =
      `select set_config('role', '${APP_DATABASE_ROLE}', true), set_config('anxin.tenant_id', '${tenantId}', true);\n` +
      inlineSql(sql, params);
    // knex sends a query without bindings as it is (no placeholder rewriting), and node-postgres sends a query
    // without values through the simple protocol: one Query message, one result per statement.
    const results = (await this.em.getConnection().getKnex().raw(text)) as unknown as { rows: T[] }[];
    const last = results.at(-1);
    if (!Array.isArray(results) || results.length !== 2 || !last)
      throw new Error('TenantDatabase.query: expected the results of the settings and of one statement');
    return last.rows;
  }

  /** `work` in a transaction of `tenantId`, with a fresh EntityManager. */
  forTenant<T>(tenantId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.em.fork().transactional(async (em) => {
      await em.execute(`select set_config('role', ?, true), set_config('anxin.tenant_id', ?, true)`, [
        APP_DATABASE_ROLE,
        tenantId,
      ]);
      return work(em);
    });
  }
}

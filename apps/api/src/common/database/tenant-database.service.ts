import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ActorContext } from '../context/actor-context.service';

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

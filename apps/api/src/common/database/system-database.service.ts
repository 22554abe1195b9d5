import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/**
 * Work that must cross tenants, as the connection's own role (the tables' owner, whose policy sees every row).
 * Kept to a short, greppable list: seeding, finding a login name in every tenant, rotating and revoking refresh
 * tokens (a token names no tenant), writing audit rows. Everything a tenant's user asks for goes through
 * `TenantDatabase` instead.
 */
@Injectable()
export class SystemDatabase {
  constructor(private readonly em: EntityManager) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.em.fork().transactional(work);
  }

  /** One statement outside a transaction. */
  execute<T extends object = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.em.fork().execute<T[]>(sql, [...params]);
  }
}

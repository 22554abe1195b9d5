import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { CompiledQuery } from './plan-compiler';

/**
 * Runs a compiled query with its values as real bound parameters (`$1`, `$2`… sent apart from the text), inside the
 * EntityManager's transaction when it has one. Unlike `em.execute`, which formats the values into the SQL text
 * itself, nothing a viewer typed ever becomes part of the statement.
 */
export async function runCompiled<T = Record<string, unknown>>(em: EntityManager, query: CompiledQuery): Promise<T[]> {
  const raw = em.getKnex().raw(query.sql, [...query.bindings] as Knex.RawBinding[]);
  const transaction = em.getTransactionContext<Knex.Transaction>();
  if (transaction) raw.transacting(transaction);
  const result = (await raw) as { rows: T[] };
  return result.rows;
}

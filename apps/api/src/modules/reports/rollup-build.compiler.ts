import type { Knex } from '@mikro-orm/postgresql';
import type { QueryPlan, RollupLayout } from '@anxin/report-engine';
import { compilePlan, type CompiledQuery } from './plan-compiler';

/** The two statements that rebuild some days of a tenant's rollup, to run in ONE transaction of that tenant. */
export interface RollupBuildStatements {
  /** Removes the days' rows (groups that no longer exist go too). */
  readonly remove: CompiledQuery;
  /** Inserts the rows `planRollupBuild` computes for the days. */
  readonly insert: CompiledQuery;
}

const list = (prefix: string, count: number, cast: string): string =>
  count === 0 ? `'{}'::${cast}[]` : `array[${Array.from({ length: count }, (_, i) => `q.${prefix}${i + 1}`).join(', ')}]::${cast}[]`;

/**
 * Wraps a `planRollupBuild` plan (columns `day`, `d1…dn`, `row_count`, `sum_i`, `count_i`, `min_i`, `max_i`) into
 * the statements that store it in `report_rollup` for one tenant and days `from`..`to`. The plan's SQL is compiled
 * as every plan is; the wrapper's own text is fixed (column lists by position from the layout's counts), and the
 * tenant, keys and days are bound values. Rows whose time field is null have no day and are not stored.
 */
export function compileRollupBuild(
  knex: Knex,
  input: { plan: QueryPlan; layout: RollupLayout; tenantId: string; days: { from: string; to: string } },
): RollupBuildStatements {
  const { plan, layout, tenantId, days } = input;
  const keys = [tenantId, layout.dataset, layout.rollup];
  const remove = knex
    .raw(
      `delete from report_rollup where tenant_id = ?::uuid and dataset_key = ? and rollup_key = ?
          and day between ?::date and ?::date`,
      [...keys, days.from, days.to],
    )
    .toSQL()
    .toNative();
  const select = compilePlan(knex, plan);
  const n = layout.values.length;
  const dims = layout.dims.length === 0 ? `'{}'::text[]` : `array[${layout.dims.map((d) => `q.d${d.index}::text`).join(', ')}]`;
  // The plan's own placeholders ($1…) come after the three of the wrapper: renumber them.
  const shifted = select.sql.replace(/\$(\d+)/g, (_, i: string) => `$${Number(i) + 3}`);
  const insert = {
    sql: `insert into report_rollup (tenant_id, dataset_key, rollup_key, day, dims, row_count, sums, counts, mins, maxs)
          select $1::uuid, $2::text, $3::text, q.day, ${dims}, q.row_count, ${list('sum_', n, 'double precision')},
                 ${list('count_', n, 'bigint')}, ${list('min_', n, 'double precision')}, ${list('max_', n, 'double precision')}
            from (${shifted}) as q where q.day is not null`,
    bindings: [...keys, ...select.bindings],
  };
  return { remove: { sql: remove.sql, bindings: remove.bindings }, insert };
}

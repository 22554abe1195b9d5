import { Migration } from '@mikro-orm/migrations';

/**
 * Every tenant policy compares with `(select anxin_current_tenant())` instead of `anxin_current_tenant()`: a scalar
 * sub-select is an InitPlan, evaluated once per statement, where the bare (stable) function was evaluated for every
 * row a scan reads. On a 1 000 000-row aggregate this took the row-level-security overhead from about 60 % to about
 * 12 % of the query (measured 65 → 46 ms against 41 ms for the superuser). Policies are found by name, so tables
 * added by later migrations keep their own form until they are altered the same way.
 */
export class Migration20261123170000_rlsInitplan extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      rewritePolicies(`'anxin_current_tenant()'`, `'( SELECT anxin_current_tenant() AS anxin_current_tenant)'`),
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      rewritePolicies(`'( SELECT anxin_current_tenant() AS anxin_current_tenant)'`, `'anxin_current_tenant()'`),
    );
  }
}

/** ALTER POLICY of each `*_tenant_isolation` policy, with `from` replaced by `to` in its deparsed conditions. */
function rewritePolicies(from: string, to: string): string {
  return `do $$
declare p record;
begin
  for p in select tablename, policyname, qual, with_check from pg_policies
            where schemaname = 'public' and policyname like '%\\_tenant\\_isolation' and qual like '%anxin_current_tenant()%'
  loop
    execute format('alter policy %I on %I using (%s) with check (%s)', p.policyname, p.tablename,
      replace(p.qual, ${from}, ${to}), replace(coalesce(p.with_check, p.qual), ${from}, ${to}));
  end loop;
end $$;`;
}

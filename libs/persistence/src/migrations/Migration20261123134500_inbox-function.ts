import { Migration } from '@mikro-orm/migrations';

/**
 * The open inbox of one user as task ids, found by a SECURITY DEFINER function so that the partial indexes of
 * user_task serve it under row-level security (docs/adr/0004-inbox-security-definer.md). Hand-written: functions are
 * not part of the entity snapshot.
 */
export class Migration20261123134500_inboxFunction extends Migration {
  override async up(): Promise<void> {
    // Owned by the migrating role (the tables' owner); the tenant condition is explicit, so a missing or foreign
    // tenant setting finds nothing; a fixed search_path so a caller's schemas cannot stand in for ours.
    this.addSql(
      `create function anxin_open_inbox_tasks(p_user_id text, p_groups text[])
  returns table (id uuid, created_at timestamptz)
  language sql stable security definer
  set search_path = pg_catalog, public
as $$
  select ut.id, ut.created_at from public.user_task ut
   where ut.tenant_id = public.anxin_current_tenant() and ut.status in ('open', 'delegated')
     and ut.assignee = p_user_id
  union all
  select ut.id, ut.created_at from public.user_task ut
   where ut.tenant_id = public.anxin_current_tenant() and ut.status = 'open' and ut.assignee is null
     and (ut.candidate_users @> array[p_user_id] or ut.candidate_groups && p_groups)
$$;`,
    );
    this.addSql(`revoke all on function anxin_open_inbox_tasks(text, text[]) from public;`);
    this.addSql(`grant execute on function anxin_open_inbox_tasks(text, text[]) to anxin_app;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists anxin_open_inbox_tasks(text, text[]);`);
  }
}

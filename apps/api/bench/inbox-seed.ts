import type { Pool } from 'pg';
import { BENCH_TAG } from './sql-counter';

/** Who the inbox is measured for, and what the seed gave him. */
export interface InboxSeed {
  readonly tenantId: string;
  readonly userId: string;
  readonly teamId: string;
  /** Open tasks seeded in all (one per instance). */
  readonly tasks: number;
  /** Of which in the measured engineer's inbox (assigned to him, or offered to him or his team). */
  readonly mine: number;
  readonly seconds: number;
}

const BATCH = 100_000;
const USERS = 2_000;
const TEAMS = 300;
/** The measured engineer's share: rows 1–25 assigned (1–3 delegated to him), 26–35 offered to his team, 36–40 to him. */
const MINE = 40;

// One batch: `count` instances of the bench process (copies of a template the runtime wrote, with their own ids, task
// and dates), each with its one open task. Rows g > 40 go to 2 000 other engineers (60 %: assigned, 1 in 97
// delegated) or are offered to one of 300 other teams (30 %), to three other users (8 %) or to the finance role
// (2 %); all in the engineer's tenant, created over the last 90 days, due 3 days later.
const SEED_BATCH_SQL = `${BENCH_TAG}
with tpl as (
  select i.*, ut.id as task_id, ut.name as task_name, ut.form_key, ut.field_permissions, ut.priority
    from process_instance i join user_task ut on ut.instance_id = i.id where i.id = $1::uuid
), users as (
  select array_agg(id::text order by username) as ids from app_user where username like 'bench-engineer-%'
), rows as (
  select g, gen_random_uuid() as iid, gen_random_uuid() as tid,
         now() - (random() * interval '90 days') as created_at,
         'finance' as role_group
    from generate_series($2::bigint, $3::bigint) g
), shaped as (
  select r.*,
    case when g <= 25 then $4
         when g > ${MINE} and g % 10 < 6 then u.ids[1 + ((g * 7919) % ${USERS})::int] end as assignee,
    case when g <= 3 then u.ids[1 + ((g * 31) % ${USERS})::int]
         when g > ${MINE} and g % 10 < 6 and g % 97 = 0 then u.ids[1 + ((g * 31) % ${USERS})::int] end as owner,
    case when g between 36 and ${MINE} then array[$4, u.ids[1 + (g % ${USERS})::int]]
         when g > ${MINE} and g % 50 in (9, 19, 29, 39) then array[u.ids[1 + (g % ${USERS})::int], u.ids[1 + ((g * 3) % ${USERS})::int],
           u.ids[1 + ((g * 7) % ${USERS})::int]]
         else '{}'::text[] end as candidate_users,
    case when g between 26 and 35 then array[$5]
         when g > ${MINE} and g % 10 >= 6 and g % 50 not in (9, 19, 29, 39, 49) then
           array[md5('bench-team-' || (g % ${TEAMS}))::uuid::text]
         when g > ${MINE} and g % 50 = 49 then array[role_group]
         else '{}'::text[] end as candidate_groups
    from rows r, users u
), tasks as (
  select s.*, case when s.owner is not null then 'delegated' else 'open' end as status,
    jsonb_strip_nulls(jsonb_build_object('id', s.tid, 'name', t.task_name, 'status',
      case when s.owner is not null then 'delegated' else 'open' end, 'formKey', t.form_key,
      'tokenId', t.state #>> array['tasks', t.task_id::text, 'tokenId'], 'assignee', s.assignee, 'owner', s.owner,
      'createdAt', s.created_at, 'elementId', 'repair', 'candidateUsers', to_jsonb(s.candidate_users),
      'candidateGroups', to_jsonb(s.candidate_groups))) as task_state
    from shaped s, tpl t
), inst as (
  insert into process_instance (id, tenant_id, definition_id, definition_key, definition_version, business_key, status,
    state, revision, initiator, started_at)
  select k.iid, $6::uuid, t.definition_id, t.definition_key, t.definition_version, null, 'running',
    jsonb_set(jsonb_set(jsonb_set(t.state - 'tasks', '{tasks}', jsonb_build_object(k.tid::text, k.task_state)),
      '{instanceId}', to_jsonb(k.iid::text)), '{startedAt}', to_jsonb(k.created_at))
      || jsonb_build_object('variables', jsonb_strip_nulls(jsonb_build_object('engineer', k.assignee))),
    t.revision, t.initiator, k.created_at
    from tasks k, tpl t
  returning 1
)
insert into user_task (id, tenant_id, instance_id, element_id, name, assignee, owner, candidate_users, candidate_groups,
  status, due_at, priority, form_key, field_permissions, created_at)
select k.tid, $6::uuid, k.iid, 'repair', t.task_name, k.assignee, k.owner, k.candidate_users, k.candidate_groups,
  k.status, k.created_at + interval '3 days', t.priority, t.form_key, t.field_permissions, k.created_at
  from tasks k, tpl t
 where (select count(*) from inst) > 0`;

/**
 * Seeds `count` open tasks for the inbox measurement with generate_series, as the database owner: 2 000 other
 * engineers (app_user rows), then instances of the bench process copied from `templateInstanceId` (an instance the
 * runtime started: same definition, state shape, token) with one open task each. The measured engineer holds 40:
 * 25 assigned to him (3 of them delegated to him), 10 offered to his team, 5 to him by name. Ends with VACUUM
 * ANALYZE, as autovacuum would leave the tables, and a checkpoint.
 */
export async function seedInbox(
  pool: Pool,
  input: { count: number; templateInstanceId: string; username: string; progress: (line: string) => void },
): Promise<InboxSeed> {
  const started = performance.now();
  const { rows } = await pool.query<{ id: string; tenant_id: string; team_id: string }>(
    `${BENCH_TAG} select u.id, u.tenant_id, tm.team_id from app_user u join team_member tm on tm.user_id = u.id
      where u.username = $1`,
    [input.username],
  );
  const engineer = rows[0];
  if (!engineer) throw new Error(`no user ${input.username} in a team`);
  await pool.query(
    `${BENCH_TAG} insert into app_user (id, tenant_id, username, password_hash, display_name, roles, active, created_at)
     select gen_random_uuid(), u.tenant_id, 'bench-engineer-' || lpad(g::text, 4, '0'), u.password_hash,
            '工程师' || g, u.roles, true, now()
       from app_user u, generate_series(1, ${USERS}) g where u.id = $1`,
    [engineer.id],
  );
  for (let first = 1; first <= input.count; first += BATCH) {
    const last = Math.min(input.count, first + BATCH - 1);
    await pool.query(SEED_BATCH_SQL, [
      input.templateInstanceId,
      first,
      last,
      engineer.id,
      engineer.team_id,
      engineer.tenant_id,
    ]);
    if (input.count > BATCH) input.progress(`inbox seed: ${last} open tasks`);
  }
  await pool.query(`${BENCH_TAG} vacuum analyze user_task`);
  await pool.query(`${BENCH_TAG} vacuum analyze process_instance`);
  // The seed wrote a million rows of WAL: flush it now, or the checkpoint it calls for lands in the measurements.
  await pool.query(`${BENCH_TAG} checkpoint`);
  return {
    tenantId: engineer.tenant_id,
    userId: engineer.id,
    teamId: engineer.team_id,
    tasks: input.count,
    mine: Math.min(MINE, input.count),
    seconds: (performance.now() - started) / 1000,
  };
}

// The SQL of one engine step. A step is at most two statements: load the instance (with any earlier result of the
// same request id; skipped when the runtime holds the state it wrote last), then ONE statement that writes
// everything — the state under the revision check, task rows, history, outbox, the request's result, and the
// graphile-worker jobs to add and remove, and the audit row of the mutation the step is the whole change of. A single
// statement is atomic, and
// every write is conditional on the revision check (`exists (select 1 from upd)`), so a lost race writes nothing.
// Rows take the instance's tenant from `upd`. A process that declares a ticket also writes its read model (`tick`)
// and a timeline entry per status reached (`tline`; the first is skipped when it is the stored status). Sibling
// CTEs all read the statement's snapshot, so `old_ticket` sees the status from before the step.

export const SLOT_COLUMNS = [
  'text1', 'text2', 'text3', 'text4', 'text5', 'text6',
  'number1', 'number2', 'number3', 'number4',
  'date1', 'date2', 'date3', 'date4',
] as const; // prettier-ignore

export const LOAD_INSTANCE_SQL = `select i.id, i.state, i.revision, i.definition_id,
  i.parent_instance_id, i.parent_action_id,
  (select r.result from command_request r where r.request_id = ?) as prior
  from process_instance i where i.id = ?`;

const slotCast = (column: string) =>
  column.startsWith('date') ? '?::timestamptz' : column.startsWith('number') ? '?::double precision' : '?::text';

const EFFECT_CTES = `
tasks as (
  insert into user_task (id, tenant_id, instance_id, element_id, name, assignee, owner, candidate_users, candidate_groups, status,
    due_at, form_key, field_permissions, created_at, claimed_at, completed_at, completed_by, outcome, comment)
  select x.id, (select tenant_id from upd), x.instance_id, x.element_id, x.name, x.assignee, x.owner,
    array(select jsonb_array_elements_text(x.candidate_users)), array(select jsonb_array_elements_text(x.candidate_groups)),
    x.status, x.due_at, x.form_key, x.field_permissions, x.created_at, x.claimed_at, x.completed_at, x.completed_by,
    x.outcome, x.comment
  from jsonb_to_recordset(?::jsonb) as x(id uuid, instance_id uuid, element_id text, name text, assignee text,
    owner text, candidate_users jsonb, candidate_groups jsonb, status text, due_at timestamptz, form_key text,
    field_permissions jsonb, created_at timestamptz, claimed_at timestamptz, completed_at timestamptz,
    completed_by text, outcome text, comment text)
  where exists (select 1 from upd)
  on conflict (id) do update set assignee = excluded.assignee, owner = excluded.owner,
    candidate_users = excluded.candidate_users, candidate_groups = excluded.candidate_groups, status = excluded.status,
    due_at = excluded.due_at, claimed_at = coalesce(excluded.claimed_at, user_task.claimed_at),
    completed_at = excluded.completed_at, completed_by = excluded.completed_by, outcome = excluded.outcome,
    comment = excluded.comment
  returning 1
),
hist as (
  insert into history_event (tenant_id, instance_id, type, element_id, task_id, actor, at, comment, data)
  select (select tenant_id from upd), x.instance_id, x.type, x.element_id, x.task_id, x.actor, x.at, x.comment, x.data
  from jsonb_to_recordset(?::jsonb) as x(instance_id uuid, type text, element_id text, task_id uuid, actor text,
    at timestamptz, comment text, data jsonb)
  where exists (select 1 from upd)
  returning 1
),
outb as (
  insert into outbox (instance_id, kind, payload, created_at)
  select x.instance_id, x.kind, x.payload, now()
  from jsonb_to_recordset(?::jsonb) as x(instance_id uuid, kind text, payload jsonb)
  where exists (select 1 from upd)
  returning 1
),
req as (
  insert into command_request (request_id, instance_id, result, created_at)
  select ?::text, ?::uuid, ?::jsonb, now() where ?::text is not null and exists (select 1 from upd)
  on conflict do nothing
  returning 1
),
added as (
  select graphile_worker.add_job(identifier => x.identifier, payload => x.payload, run_at => x.run_at,
    job_key => x.job_key, max_attempts => x.max_attempts)
  from jsonb_to_recordset(?::jsonb) as x(identifier text, payload json, run_at timestamptz, job_key text,
    max_attempts int)
  where exists (select 1 from upd)
),
removed as (
  select graphile_worker.remove_job(k) from jsonb_array_elements_text(?::jsonb) as k where exists (select 1 from upd)
),
aud as (
  insert into audit_log (id, tenant_id, actor_id, operation, target_id, summary, outcome, ip, at)
  select x.id, x.tenant_id, x.actor_id, x.operation, x.target_id, x.summary, x.outcome, x.ip, now()
  from jsonb_to_recordset(?::jsonb) as x(id uuid, tenant_id uuid, actor_id uuid, operation text, target_id text,
    summary jsonb, outcome text, ip text)
  where exists (select 1 from upd)
  returning 1
),`;

const TICKET_RECORD = `x(prefix text, process_key text, status text, status_dictionary text, initiator text,
  project_id uuid, building_id uuid, unit_id uuid, category text, urgency text, title text, assignee text, team text,
  estimated_cost numeric, rating int, contact_phone text, sla_due_at timestamptz, engineer text, sla_breached boolean,
  dispatch_explanation jsonb, fields jsonb, closed_at timestamptz, statuses jsonb, at timestamptz, actor text, note text)`;

const TICKET_INSERT_CTE = `
tsrc as (select * from jsonb_to_recordset(?::jsonb) as ${TICKET_RECORD} where exists (select 1 from upd)),
old_ticket as (select null::text as status),
tick as (
  insert into ticket (instance_id, tenant_id, number, process_key, status, status_dictionary, initiator, project_id,
    building_id, unit_id, category, urgency, title, assignee, team, estimated_cost, rating, contact_phone, sla_due_at,
    engineer, sla_breached, dispatch_explanation, fields, created_at, updated_at, closed_at)
  select u.id, u.tenant_id,
    x.prefix || to_char(x.at at time zone 'Asia/Shanghai', 'YYYYMMDD') || lpad(nextval('ticket_number_seq')::text, 6, '0'),
    x.process_key, x.status, x.status_dictionary, x.initiator, x.project_id, x.building_id, x.unit_id, x.category,
    x.urgency, x.title, x.assignee, x.team, x.estimated_cost, x.rating, x.contact_phone, x.sla_due_at, x.engineer,
    x.sla_breached, x.dispatch_explanation, x.fields, x.at, x.at, x.closed_at
  from upd u, tsrc x
  returning number
),`;

const TICKET_UPDATE_CTE = `
tsrc as (select * from jsonb_to_recordset(?::jsonb) as ${TICKET_RECORD} where exists (select 1 from upd)),
old_ticket as (select t.status from ticket t, upd u where t.instance_id = u.id),
tick as (
  update ticket t set status = coalesce(x.status, t.status), project_id = x.project_id, building_id = x.building_id,
    unit_id = x.unit_id, category = x.category, urgency = x.urgency, title = x.title, assignee = x.assignee,
    team = x.team, estimated_cost = x.estimated_cost, rating = x.rating, contact_phone = x.contact_phone,
    sla_due_at = x.sla_due_at, engineer = x.engineer, sla_breached = x.sla_breached, dispatch_explanation = x.dispatch_explanation, fields = x.fields, updated_at = x.at,
    closed_at = x.closed_at
  from upd u, tsrc x
  where t.instance_id = u.id
  returning t.number
),`;

const TIMELINE_AND_RESULT = `
tline as (
  insert into ticket_timeline (tenant_id, instance_id, status, at, actor, note)
  select u.tenant_id, u.id, s.status, x.at, x.actor, x.note
  from upd u, tsrc x, jsonb_array_elements_text(x.statuses) with ordinality as s(status, n)
  where not (s.n = 1 and s.status is not distinct from (select status from old_ticket)) and exists (select 1 from tick)
  order by s.n
  returning 1
)
select (select count(*) from upd)::int as written, (select count(*) from added)::int as added,
  (select count(*) from removed)::int as removed, (select count(*) from tasks)::int as tasks,
  (select count(*) from hist)::int as hist, (select count(*) from outb)::int as outb,
  (select count(*) from req)::int as req, (select count(*) from aud)::int as audited,
  (select number from tick) as ticket_number,
  (select tenant_id from upd)::text as tenant_id,
  (select count(*) from tline)::int as timeline`;

/**
 * Writes a step of an existing instance; `upd` is empty when the revision moved on (a concurrent step won), or when
 * the request id has a stored result (the step ran on a cached copy, without the load that would have found it).
 */
export const WRITE_STEP_SQL = `with upd as (
  update process_instance set state = ?::jsonb, revision = ?, status = ?, ended_at = ?::timestamptz, end_reason = ?,
    ${SLOT_COLUMNS.map((c) => `${c} = ${slotCast(c)}`).join(', ')}
  where id = ?::uuid and revision = ?
    and not exists (select 1 from command_request r where r.request_id = ?::text)
  returning id, tenant_id
),${EFFECT_CTES}${TICKET_UPDATE_CTE}${TIMELINE_AND_RESULT}`;

/** Inserts a new instance with the effects of its first step; `upd` is empty when the id exists already. */
export const INSERT_INSTANCE_SQL = `with upd as (
  insert into process_instance (id, tenant_id, definition_id, definition_key, definition_version, business_key, status, state,
    revision, initiator, started_at, ended_at, end_reason, parent_instance_id, parent_action_id,
    ${SLOT_COLUMNS.join(', ')})
  values (?::uuid, coalesce(?::uuid, (select p.tenant_id from process_instance p where p.id = ?::uuid)), ?::uuid, ?, ?,
    ?, ?, ?::jsonb, ?, ?, ?::timestamptz, ?::timestamptz, ?, ?::uuid, ?,
    ${SLOT_COLUMNS.map(slotCast).join(', ')})
  on conflict (id) do nothing
  returning id, tenant_id
),${EFFECT_CTES}${TICKET_INSERT_CTE}${TIMELINE_AND_RESULT}`;

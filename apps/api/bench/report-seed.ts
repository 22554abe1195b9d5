import { SingleBar, Presets } from 'cli-progress';
import type { Pool } from 'pg';

/** The organisation the report benchmark seeds: a large property company. */
export const REPORT_ORG = {
  projects: 20,
  buildingsPerProject: 10,
  unitsPerBuilding: 100,
  teams: 30,
  engineersPerTeam: 10,
} as const;

export interface ReportSeed {
  readonly tenantId: string;
  /** The admin who runs the reports (sees the whole tenant). */
  readonly adminId: string;
  readonly tickets: number;
  readonly seconds: number;
}

const UNIT_TYPES = ['一室一厅', '两室一厅', '三室两厅', '四室两厅', '复式', '商铺'];
const BATCH = 100_000;

// The org in one statement: company, projects, buildings, units (unit types cycling), teams with codes, engineers and
// an admin. Ids are md5-derived so the ticket batches can compute them without a lookup.
const ORG_SQL = `
with company as (
  insert into company (id, code, name, created_at) values ($1::uuid, 'bench-reports', '报表基准物业', now()) returning id
), projects as (
  insert into project (id, tenant_id, code, name, city, created_at)
  select md5('p' || p)::uuid, $1::uuid, 'p' || p, '项目 ' || p, '上海', now()
    from generate_series(1, ${REPORT_ORG.projects}) p, company returning id
), buildings as (
  insert into building (id, tenant_id, project_id, code, name)
  select md5('b' || p || '-' || b)::uuid, $1::uuid, md5('p' || p)::uuid, b::text, b || ' 幢'
    from generate_series(1, ${REPORT_ORG.projects}) p, generate_series(1, ${REPORT_ORG.buildingsPerProject}) b
   where exists (select 1 from projects) returning id
), units as (
  insert into unit (id, tenant_id, project_id, building_id, code, floor, unit_type)
  select md5('u' || p || '-' || b || '-' || u)::uuid, $1::uuid, md5('p' || p)::uuid, md5('b' || p || '-' || b)::uuid,
         b || '-' || u, 1 + u / 4, ($2::text[])[1 + (u % ${UNIT_TYPES.length})]
    from generate_series(1, ${REPORT_ORG.projects}) p, generate_series(1, ${REPORT_ORG.buildingsPerProject}) b,
         generate_series(1, ${REPORT_ORG.unitsPerBuilding}) u
   where exists (select 1 from buildings) returning id
), teams as (
  insert into team (id, tenant_id, project_id, name, code, skills, capacity, created_at)
  select md5('t' || t)::uuid, $1::uuid, null, '班组 ' || t, 'team-' || t, '{}', 50, now()
    from generate_series(1, ${REPORT_ORG.teams}) t where exists (select 1 from company) returning id
), engineers as (
  insert into app_user (id, tenant_id, username, password_hash, display_name, roles, active, created_at)
  select md5('e' || e)::uuid, $1::uuid, 'bench-eng-' || e, 'x', '工程师 ' || e, array['engineer'], true, now()
    from generate_series(1, ${REPORT_ORG.teams * REPORT_ORG.engineersPerTeam}) e where exists (select 1 from company)
  returning id
)
insert into app_user (id, tenant_id, username, password_hash, display_name, roles, active, created_at)
select $3::uuid, $1::uuid, 'bench-admin', 'x', '管理员', array['admin'], true, now()
 where (select count(*) from engineers) > 0 and (select count(*) from units) > 0 and (select count(*) from teams) > 0`;

// One batch of tickets over the last 400 days: categories and urgencies skewed, 85 % closed after 1–200 hours if that is past (open
// ones spread over the statuses), 8 % SLA breaches, costs on 40 %, ratings (mostly good) on 60 % of closed tickets;
// one unit in five repeats often (repeat repairs).
const TICKETS_SQL = `
insert into ticket (instance_id, tenant_id, number, process_key, status, status_dictionary, initiator, project_id,
  building_id, unit_id, category, urgency, title, assignee, team, engineer, estimated_cost, rating, contact_phone,
  sla_due_at, sla_breached, dispatch_explanation, fields, created_at, updated_at, closed_at)
select gen_random_uuid(), $1::uuid, 'BENCH' || lpad(g::text, 9, '0'), 'repair-ticket',
  case when closed then 'closed' else (array['accepted','dispatched','en_route','in_repair','pending_approval',
    'pending_confirmation','pending_rating'])[1 + (g % 7)] end,
  'repair-ticket-status', $3::text, md5('p' || p)::uuid, md5('b' || p || '-' || b)::uuid,
  md5('u' || p || '-' || b || '-' || u)::uuid,
  (array['water_electric','water_electric','water_electric','appliance','structural','fit_out','fit_out','public_area'])[1 + (g * 7 % 8)],
  (array['low','normal','normal','normal','urgent'])[1 + (g * 13 % 5)],
  '报修 ' || g, case when closed then null else md5('e' || e)::uuid::text end, 'team-' || t, md5('e' || e)::uuid::text,
  case when g % 5 < 2 then round((50 + random() * 2000)::numeric, 2) end,
  case when closed and g % 5 < 3 then (array[5,5,5,4,4,3,2,1])[1 + (g * 11 % 8)] end,
  '1380000' || lpad((g % 10000)::text, 4, '0'),
  created + interval '4 hours', g % 25 < 2, null, '{}'::jsonb, created,
  least(now(), created + hours * interval '1 hour'),
  case when closed then created + hours * interval '1 hour' end
from (
  select g, 1 + (g % ${REPORT_ORG.projects}) as p, 1 + (g / 7 % ${REPORT_ORG.buildingsPerProject}) as b,
    case when g % 5 = 0 then 1 + (g / 13 % 5) else 1 + (g / 3 % ${REPORT_ORG.unitsPerBuilding}) end as u,
    1 + (g % ${REPORT_ORG.teams}) as t,
    1 + (g % ${REPORT_ORG.teams}) + ${REPORT_ORG.teams} * (g / 31 % ${REPORT_ORG.engineersPerTeam}) as e,
    now() - random() * interval '400 days' as created, 1 + random() * random() * 200 as hours
  from generate_series($2::bigint, $4::bigint) g
) s0, lateral (select s0.g % 20 < 17 and s0.created + s0.hours * interval '1 hour' < now() as closed) c`;

/**
 * Seeds the benchmark's company and `count` tickets in batches of 100 000 with a progress bar (as the database owner,
 * straight into the read model: the report engine reads nothing else), then analyzes the tables.
 */
export async function seedReportTickets(pool: Pool, count: number, show: boolean): Promise<ReportSeed> {
  const started = Date.now();
  const tenantId = '00000000-0000-4000-8000-00000000be00';
  const adminId = '00000000-0000-4000-8000-00000000be01';
  await pool.query(ORG_SQL, [tenantId, UNIT_TYPES, adminId]);
  const bar = new SingleBar(
    { format: 'seeding tickets [{bar}] {value}/{total} {eta_formatted}' },
    Presets.shades_classic,
  );
  if (show) bar.start(count, 0);
  for (let first = 1; first <= count; first += BATCH) {
    const last = Math.min(count, first + BATCH - 1);
    await pool.query(TICKETS_SQL, [tenantId, first, adminId, last]);
    if (show) bar.update(last);
  }
  if (show) bar.stop();
  await pool.query('vacuum analyze ticket');
  await pool.query('analyze project, building, unit, team, app_user');
  return { tenantId, adminId, tickets: count, seconds: (Date.now() - started) / 1000 };
}

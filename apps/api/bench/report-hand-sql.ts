// Each shipped report (definitions/reports) written by hand in SQL, as a developer would for this one question: only
// the joins it needs, the tenant as a plain condition, `$1` = the tenant id. Same rows and numbers as the engine's
// answer (the benchmark compares them before timing). Local time is Asia/Shanghai, as in the tickets dataset.

const LOCAL_NOW = `(now() at time zone 'Asia/Shanghai')`;
/** The instant the local day `days` days before today began ("last N days" = today and the N − 1 days before). */
const daysAgo = (days: number) =>
  `((date_trunc('day', ${LOCAL_NOW}) - interval '${days} days') at time zone 'Asia/Shanghai')`;
const monthsAgo = (months: number) =>
  `((date_trunc('month', ${LOCAL_NOW}) - interval '${months} months') at time zone 'Asia/Shanghai')`;
const HOURS = `extract(epoch from (t.closed_at - t.created_at)) / 3600`;

/** The statement, and its column holding the report's first measure (compared with the engine's before timing). */
export interface HandQuery {
  readonly sql: string;
  readonly firstMeasure: string;
}

export const HAND_SQL: Readonly<Record<string, HandQuery>> = {
  'tickets-by-category': {
    firstMeasure: 'tickets',
    sql: `
    select t.category, count(*) as tickets, count(*) filter (where t.closed_at is null) as open_tickets,
           avg(${HOURS}) as avg_hours
      from ticket t
     where t.tenant_id = $1
       and t.created_at >= (date_trunc('quarter', ${LOCAL_NOW}) at time zone 'Asia/Shanghai')
     group by t.category order by tickets desc, t.category`,
  },
  'handling-time-by-team': {
    firstMeasure: 'closed',
    sql: `
    select t.team, tm.name, count(*) filter (where t.closed_at is not null) as closed, avg(${HOURS}) as avg_hours,
           percentile_cont(0.5) within group (order by ${HOURS}) as median_hours,
           percentile_cont(0.9) within group (order by ${HOURS}) as p90_hours,
           avg(anxin_working_hours(t.created_at, t.closed_at, 'cn-workdays')) as working_hours
      from ticket t left join team tm on tm.tenant_id = t.tenant_id and tm.code = t.team
     where t.tenant_id = $1 and t.closed_at >= ${daysAgo(89)}
     group by t.team, tm.name order by avg_hours desc nulls last, t.team`,
  },
  'sla-breach-rate-by-project-month': {
    firstMeasure: 'breach_rate',
    sql: `
    select date_trunc('month', t.created_at at time zone 'Asia/Shanghai')::date as month, t.project_id, p.name,
           count(*) filter (where t.sla_breached)::numeric / count(*) as breach_rate, count(*) as tickets
      from ticket t left join project p on p.id = t.project_id
     where t.tenant_id = $1 and t.created_at >= ${monthsAgo(11)}
     group by 1, 2, 3 order by 1, 2`,
  },
  'cost-per-repair-by-building': {
    firstMeasure: 'tickets',
    sql: `
    select t.project_id, p.name, t.building_id, b.name, count(*) as tickets, avg(t.estimated_cost) as avg_cost,
           sum(t.estimated_cost) as total_cost
      from ticket t left join project p on p.id = t.project_id left join building b on b.id = t.building_id
     where t.tenant_id = $1 and t.estimated_cost is not null and t.created_at >= ${monthsAgo(11)}
     group by 1, 2, 3, 4 order by avg_cost desc, 1, 3`,
  },
  'satisfaction-by-engineer': {
    firstMeasure: 'rated',
    sql: `
    select t.engineer, e.display_name, count(*) as rated, avg(t.rating) as avg_rating,
           count(*) filter (where t.rating >= 4)::numeric / count(*) as good_share
      from ticket t left join app_user e on e.id::text = t.engineer
     where t.tenant_id = $1 and t.rating is not null and t.created_at >= ${daysAgo(89)}
     group by 1, 2 order by avg_rating desc, 1`,
  },
  'backlog-by-team': {
    firstMeasure: 'open_tickets',
    sql: `
    select t.team, tm.name, t.status, count(*) as open_tickets
      from ticket t left join team tm on tm.tenant_id = t.tenant_id and tm.code = t.team
     where t.tenant_id = $1 and t.closed_at is null
     group by 1, 2, 3 order by 1, 3`,
  },
  'repeat-repairs-by-unit-type': {
    firstMeasure: 'tickets',
    sql: `
    select t.project_id, p.name, u.unit_type, count(*) as tickets, count(distinct t.unit_id) as units,
           count(*) - count(distinct t.unit_id) as repeats,
           (count(*) - count(distinct t.unit_id))::numeric / count(*) as repeat_rate
      from ticket t left join project p on p.id = t.project_id left join unit u on u.id = t.unit_id
     where t.tenant_id = $1 and t.unit_id is not null and t.created_at >= ${monthsAgo(11)}
     group by 1, 2, 3 order by repeats desc, 1, 3 limit 20`,
  },
  'tickets-by-status': {
    firstMeasure: 'open_tickets',
    sql: `
    select t.status, count(*) as open_tickets
      from ticket t where t.tenant_id = $1 and t.closed_at is null
     group by 1 order by open_tickets desc, 1`,
  },
  'tickets-per-day': {
    firstMeasure: 'tickets',
    sql: `
    select date_trunc('day', t.created_at at time zone 'Asia/Shanghai')::date as day, count(*) as tickets,
           count(*) filter (where t.sla_breached) as breaches
      from ticket t where t.tenant_id = $1 and t.created_at >= ${daysAgo(29)}
     group by 1 order by 1`,
  },
};

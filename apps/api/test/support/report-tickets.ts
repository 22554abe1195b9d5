import { randomUUID } from 'node:crypto';

/** Runs SQL as the owner (the harnesses' `rows`). */
export interface SqlRunner {
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** A ticket row for report tests: only what reports read; the rest gets neutral values. */
export interface ReportTicket {
  readonly tenantId: string;
  readonly projectId: string;
  readonly unitId?: string;
  readonly category?: string;
  readonly title?: string;
  readonly team?: string;
  readonly assignee?: string;
  readonly initiator?: string;
  readonly estimatedCost?: number;
  readonly rating?: number;
  readonly createdAt: string;
  readonly closedAt?: string;
}

/**
 * Inserts ticket rows (as the owner, so any tenant) and returns their instance ids in order. Numbers are
 * `R-<random>`; each gets a bare process instance (ticket lists join it).
 */
export async function insertReportTickets(db: SqlRunner, tickets: readonly ReportTicket[]): Promise<string[]> {
  const ids = tickets.map(() => randomUUID());
  // A ticket is the read model of a process instance: ticket lists join it.
  await db.rows(
    `insert into process_instance (id, tenant_id, definition_id, definition_key, definition_version, status, state,
       revision, initiator, started_at)
     select (r->>'id')::uuid, (r->>'tenantId')::uuid, gen_random_uuid(), 'report-test', 1, 'completed', '{}'::jsonb, 1,
       coalesce(r->>'initiator', 'nobody'), (r->>'createdAt')::timestamptz
       from jsonb_array_elements(?::jsonb) r`,
    [JSON.stringify(tickets.map((t, i) => ({ ...t, id: ids[i] })))],
  );
  await db.rows(
    `insert into ticket (instance_id, tenant_id, number, process_key, status, initiator, project_id, unit_id, category,
       title, team, assignee, estimated_cost, rating, fields, created_at, updated_at, closed_at)
     select (r->>'id')::uuid, (r->>'tenantId')::uuid, 'R-' || substr(md5(r->>'id'), 1, 10), 'report-test', 'closed',
       coalesce(r->>'initiator', 'nobody'), (r->>'projectId')::uuid, (r->>'unitId')::uuid, r->>'category', r->>'title',
       r->>'team', r->>'assignee', (r->>'estimatedCost')::numeric, (r->>'rating')::int, '{}'::jsonb,
       (r->>'createdAt')::timestamptz, (r->>'createdAt')::timestamptz, (r->>'closedAt')::timestamptz
       from jsonb_array_elements(?::jsonb) r`,
    [JSON.stringify(tickets.map((t, i) => ({ ...t, id: ids[i] })))],
  );
  return ids;
}

/** A digest of every row of the listed tables and of the schema's tables: unchanged means nothing was written. */
export async function databaseFingerprint(
  db: SqlRunner,
  tables: readonly string[] = ['ticket', 'project', 'unit', 'app_user'],
): Promise<string> {
  const parts: string[] = [];
  for (const table of tables) {
    const [row] = await db.rows<{ digest: string | null }>(
      `select md5(coalesce(string_agg(x::text, ',' order by x::text), '')) as digest from ?? x`,
      [table],
    );
    parts.push(`${table}:${row?.digest}`);
  }
  const [schema] = await db.rows<{ digest: string }>(
    `select md5(string_agg(relname, ',' order by relname)) as digest from pg_class where relnamespace = 'public'::regnamespace`,
  );
  return [...parts, `schema:${schema?.digest}`].join(' ');
}

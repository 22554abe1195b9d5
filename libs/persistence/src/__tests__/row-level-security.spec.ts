import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../testing';

// Tables naming their tenant by their own id rather than a tenant_id column.
const TENANT_ROOTS = ['company'];

describe('row-level security of tenant-owned tables', () => {
  let database: TestDatabase;
  let sql: Client;
  const tenantA = randomUUID();
  const tenantB = randomUUID();

  /** Runs `work` in a transaction as the application role, with `tenant` set (or none). */
  async function asApp<T>(tenant: string | undefined, work: () => Promise<T>): Promise<T> {
    await sql.query('begin');
    try {
      await sql.query(`select set_config('role', 'anxin_app', true), set_config('anxin.tenant_id', $1, true)`, [
        tenant ?? '',
      ]);
      return await work();
    } finally {
      await sql.query('rollback');
    }
  }

  const projectCodes = async () =>
    (await sql.query<{ code: string }>('select code from project order by code')).rows.map((r) => r.code);

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = new Client({ connectionString: database.url });
    await sql.connect();
    // Given two tenants with a project each, written by the owner (the migrating role)
    for (const [id, code] of [
      [tenantA, 'a'],
      [tenantB, 'b'],
    ]) {
      await sql.query(`insert into company (id, code, name, created_at) values ($1, $2, $2, now())`, [id, code]);
      await sql.query(`insert into project (id, tenant_id, code, name, created_at) values ($1, $2, $3, $3, now())`, [
        randomUUID(),
        id,
        `project-${code}`,
      ]);
    }
  });

  afterAll(async () => {
    await sql?.end();
    await database?.drop();
  });

  it('should put FORCE row-level security and an anxin_app policy on every table with a tenant column', async () => {
    // Given the catalog, when listing public tables that name a tenant (a tenant_id column, or company itself)
    const { rows } = await sql.query<{ table: string; rls: boolean; forced: boolean; policies: string[] }>(
      `select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
              array(select p.polname from pg_policy p where p.polrelid = c.oid
                     and 'anxin_app'::regrole = any(p.polroles) order by 1)::text[] as policies
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
          and (c.relname = any($1) or exists (select 1 from information_schema.columns col
                where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'tenant_id'))
        order by 1`,
      [TENANT_ROOTS],
    );
    // Then each has RLS enabled and forced, and a tenant-isolation policy for the application role
    expect(rows.length).toBeGreaterThanOrEqual(11);
    for (const row of rows) {
      expect(row).toEqual({ table: row.table, rls: true, forced: true, policies: [`${row.table}_tenant_isolation`] });
    }
  });

  it('should compare every tenant policy with the tenant read once per statement (an InitPlan, not per row)', async () => {
    // Given every policy of the application role
    const { rows } = await sql.query<{ policy: string; qual: string }>(
      `select policyname as policy, qual from pg_policies where schemaname = 'public' and 'anxin_app' = any(roles)`,
    );
    // Then each reads the tenant through a scalar sub-select: a bare stable function is evaluated for every row
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => !r.qual.includes('SELECT anxin_current_tenant()')).map((r) => r.policy)).toEqual([]);
  });

  it('should show the application role no row at all when no tenant is set', async () => {
    // When anxin_app queries without naming a tenant, then every tenant-owned table looks empty
    const counts = await asApp(undefined, async () => {
      const project = await sql.query('select count(*)::int as n from project');
      const company = await sql.query('select count(*)::int as n from company');
      return [project.rows[0]?.n as number, company.rows[0]?.n as number];
    });
    expect(counts).toEqual([0, 0]);
  });

  it("should show the application role only its tenant's rows, even without a where clause", async () => {
    expect(await asApp(tenantA, projectCodes)).toEqual(['project-a']);
    expect(await asApp(tenantB, projectCodes)).toEqual(['project-b']);
  });

  it("should refuse writing, updating or deleting another tenant's rows", async () => {
    // When tenant A's transaction inserts a row for tenant B, then PostgreSQL refuses it
    await expect(
      asApp(tenantA, () =>
        sql.query(`insert into project (id, tenant_id, code, name, created_at) values ($1, $2, 'x', 'x', now())`, [
          randomUUID(),
          tenantB,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
    // And updates and deletes simply do not reach B's rows
    const touched = await asApp(tenantA, async () => {
      const updated = await sql.query(`update project set name = 'hacked' where code = 'project-b'`);
      const deleted = await sql.query(`delete from project where code = 'project-b'`);
      return [updated.rowCount, deleted.rowCount];
    });
    expect(touched).toEqual([0, 0]);
  });

  it('should keep the audit log append-only for the application role', async () => {
    await expect(asApp(tenantA, () => sql.query('delete from audit_log'))).rejects.toThrow(/permission denied/);
  });

  it('should let the owner (system work) see every tenant', async () => {
    // The test connects as the migrating role (a superuser here; a non-superuser owner has its own policy)
    expect(await projectCodes()).toEqual(['project-a', 'project-b']);
  });
});

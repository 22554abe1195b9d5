import { randomUUID } from 'node:crypto';
import { Project, Team } from '@anxin/persistence';
import { ActorContext } from '../../src/common/context/actor-context.service';
import { SystemDatabase } from '../../src/common/database/system-database.service';
import { TenantDatabase } from '../../src/common/database/tenant-database.service';
import { startOrgHarness, type OrgHarness } from '../support/org-harness';

describe('tenant transactions (anxin_app + anxin.tenant_id) with MikroORM', () => {
  let h: OrgHarness;
  let tenants: TenantDatabase;
  let demo: string;
  let other: string;

  beforeAll(async () => {
    h = await startOrgHarness();
    tenants = h.moduleRef.get(TenantDatabase);
    demo = h.tenants.get('demo') ?? '';
    other = h.tenants.get('other') ?? '';
  });

  afterAll(() => h.close());

  it("should find only the tenant's rows through MikroORM, with no tenant condition in the query", async () => {
    // When each tenant's transaction asks MikroORM for every project, unfiltered
    const codes = (tenantId: string) =>
      tenants.forTenant(tenantId, async (em) =>
        (await em.find(Project, {}, { orderBy: { code: 'asc' } })).map((p) => p.code),
      );
    // Then PostgreSQL hands each only its own
    expect(await codes(demo)).toEqual(['hillside', 'lakeside']);
    expect(await codes(other)).toEqual(['riverside']);
    expect(await codes(randomUUID())).toEqual([]);
  });

  it("should refuse to flush an entity into another tenant's rows", async () => {
    // When the demo tenant's transaction creates a team claiming the other tenant
    const write = tenants.forTenant(demo, async (em) => {
      em.create(Team, { id: randomUUID(), tenantId: other, name: 'smuggled', skills: [], createdAt: new Date() });
      await em.flush();
    });
    // Then the row-level security policy's WITH CHECK refuses it, and nothing was written
    await expect(write).rejects.toThrow(/row-level security/);
    expect(await h.rows(`select 1 from team where name = 'smuggled'`)).toEqual([]);
  });

  it('should leave pooled connections as they were: role and tenant are local to the transaction', async () => {
    // Given many tenant transactions, when the pool's connections are asked who they are afterwards
    await Promise.all(Array.from({ length: 10 }, () => tenants.forTenant(demo, (em) => em.execute('select 1'))));
    const sessions = await Promise.all(
      Array.from({ length: 10 }, () =>
        h.moduleRef
          .get(SystemDatabase)
          .execute<{ role: string; tenant: string | null }>(
            `select current_user as role, nullif(current_setting('anxin.tenant_id', true), '') as tenant`,
          ),
      ),
    );
    // Then none is still anxin_app or still names a tenant
    for (const [session] of sessions)
      expect(session).toEqual({ role: expect.not.stringMatching(/^anxin_app$/), tenant: null });
  });

  it('should roll the tenant setting back with the transaction when the work fails', async () => {
    await expect(tenants.forTenant(demo, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const [after] = await h.moduleRef.get(SystemDatabase).execute<{ role: string }>('select current_user as role');
    expect(after?.role).not.toBe('anxin_app');
  });

  describe('TenantDatabase.query: the settings and one statement in one round trip', () => {
    const asTenant = <T>(tenantId: string, work: () => Promise<T>) =>
      h.moduleRef.get(ActorContext).run(
        {
          userId: randomUUID(),
          tenantId,
          username: 'someone',
          displayName: 'someone',
          roles: ['admin'],
          projectIds: [],
          teamIds: [],
          teamCodes: [],
          unitIds: [],
        },
        work,
      );

    it("should run the statement as anxin_app in the caller's tenant, and see that tenant's rows only", async () => {
      // When each tenant's actor reads every project, unfiltered, and who he is
      const codes = (tenantId: string) =>
        asTenant(tenantId, () => tenants.query<{ code: string }>('select code from project order by code'));
      const [self] = await asTenant(demo, () =>
        tenants.query<{ role: string; tenant: string }>(
          `select current_user as role, current_setting('anxin.tenant_id') as tenant`,
        ),
      );
      // Then PostgreSQL hands each only its own, with the role and tenant of the settings
      expect((await codes(demo)).map((r) => r.code)).toEqual(['hillside', 'lakeside']);
      expect((await codes(other)).map((r) => r.code)).toEqual(['riverside']);
      expect(self).toEqual({ role: 'anxin_app', tenant: demo });
    });

    it('should keep tenants apart when one prepared statement is reused on a pooled connection', async () => {
      // Given one statement run one call after another (so on the same pooled connections), for each tenant in turn
      const sql = 'select code, current_setting(?) as tenant from project order by code';
      const seen: string[] = [];
      for (let i = 0; i < 12; i++) {
        const tenantId = i % 2 === 0 ? demo : other;
        const rows = await asTenant(tenantId, () =>
          tenants.query<{ code: string; tenant: string }>(sql, ['anxin.tenant_id']),
        );
        // Then every call sees its own tenant's rows only, as prepared once and executed many times
        expect(rows.every((r) => r.tenant === tenantId)).toBe(true);
        seen.push(rows.map((r) => r.code).join(','));
      }
      expect(new Set(seen)).toEqual(new Set(['hillside,lakeside', 'riverside']));
    });

    it('should leave pooled connections as they were afterwards', async () => {
      // Given many one-round-trip tenant statements, when the pool's connections are asked who they are afterwards
      await Promise.all(Array.from({ length: 10 }, () => asTenant(demo, () => tenants.query('select 1'))));
      const sessions = await Promise.all(
        Array.from({ length: 10 }, () =>
          h.moduleRef
            .get(SystemDatabase)
            .execute<{ role: string; tenant: string | null }>(
              `select current_user as role, nullif(current_setting('anxin.tenant_id', true), '') as tenant`,
            ),
        ),
      );
      // Then none is still anxin_app or still names a tenant
      for (const [session] of sessions)
        expect(session).toEqual({ role: expect.not.stringMatching(/^anxin_app$/), tenant: null });
    });

    it('should keep values as values: quotes, backslashes, question marks and semicolons stay text', async () => {
      // Given values that would break out of a badly quoted literal
      const tricky = ["it's", "C:\\path\\?'; select 1; --", '问题?', 42, false, null] as const;
      // When they are echoed through the one-round-trip statement
      const [row] = await asTenant(demo, () =>
        tenants.query<Record<string, unknown>>(
          'select ?::text as a, ?::text as b, ?::text as c, ?::int as n, ?::boolean as f, ?::text as z',
          [...tricky],
        ),
      );
      // Then each comes back exactly
      expect(row).toEqual({ a: tricky[0], b: tricky[1], c: tricky[2], n: 42, f: false, z: null });
    });
  });
});

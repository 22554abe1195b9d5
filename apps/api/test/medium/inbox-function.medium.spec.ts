import { randomUUID } from 'node:crypto';
import { SystemDatabase } from '../../src/common/database/system-database.service';
import { TenantDatabase } from '../../src/common/database/tenant-database.service';
import { startOrgHarness, type OrgHarness } from '../support/org-harness';

// anxin_open_inbox_tasks is SECURITY DEFINER (docs/adr/0004-inbox-security-definer.md): row-level security does not
// confine it, its own tenant condition must.
describe('anxin_open_inbox_tasks (the inbox ids, SECURITY DEFINER)', () => {
  let h: OrgHarness;
  let demo: string;
  let other: string;
  const user = randomUUID();
  const ids = { assigned: randomUUID(), offered: randomUUID(), named: randomUUID(), foreign: randomUUID() };

  const insertTask = (
    id: string,
    tenantId: string,
    fields: { assignee?: string; users?: string[]; groups?: string[] },
  ) =>
    h.rows(
      `insert into user_task (id, tenant_id, instance_id, element_id, assignee, candidate_users, candidate_groups,
         status, created_at)
       values (?::uuid, ?::uuid, ?::uuid, 'task', ?, array(select jsonb_array_elements_text(?::jsonb)), array(select jsonb_array_elements_text(?::jsonb)),
         'open', now())`,
      [
        id,
        tenantId,
        randomUUID(),
        fields.assignee ?? null,
        JSON.stringify(fields.users ?? []),
        JSON.stringify(fields.groups ?? []),
      ],
    );

  const inboxOf = (tenantId: string | undefined) => {
    const sql = `select id from anxin_open_inbox_tasks(?, array['engineer']) order by id`;
    const ask = tenantId
      ? h.moduleRef.get(TenantDatabase).forTenant(tenantId, (em) => em.execute<{ id: string }[]>(sql, [user]))
      : // The function runs as its owner whoever calls it, so the caller's role does not matter here.
        h.moduleRef.get(SystemDatabase).execute<{ id: string }>(sql, [user]);
    return ask.then((rows) => rows.map((r) => r.id).sort());
  };

  beforeAll(async () => {
    h = await startOrgHarness();
    demo = h.tenants.get('demo') ?? '';
    other = h.tenants.get('other') ?? '';
    // Given the user's open tasks in the demo tenant (assigned, offered to his group, offered to him by name)
    await insertTask(ids.assigned, demo, { assignee: user });
    await insertTask(ids.offered, demo, { groups: ['engineer'] });
    await insertTask(ids.named, demo, { users: [user] });
    // and one of the other tenant that would match him in every way
    await insertTask(ids.foreign, other, { users: [user], groups: ['engineer'] });
  });

  afterAll(() => h.close());

  it("should return the user's open tasks of the current tenant only", async () => {
    expect(await inboxOf(demo)).toEqual([ids.assigned, ids.offered, ids.named].sort());
    expect(await inboxOf(other)).toEqual([ids.foreign]);
  });

  it("should return nothing for a tenant that holds none of the user's tasks", async () => {
    expect(await inboxOf(randomUUID())).toEqual([]);
  });

  it('should return nothing when no tenant is set', async () => {
    expect(await inboxOf(undefined)).toEqual([]);
  });
});

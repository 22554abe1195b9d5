import type { EntityManager } from '@mikro-orm/postgresql';

/** The company of the instance an action runs for; actions of instances without one have nobody to choose from. */
export async function tenantOfInstance(em: EntityManager, instanceId: string): Promise<string | undefined> {
  const [row] = await em.execute<{ tenant_id: string | null }[]>(
    'select tenant_id from process_instance where id = ?::uuid',
    [instanceId],
  );
  return row?.tenant_id ?? undefined;
}

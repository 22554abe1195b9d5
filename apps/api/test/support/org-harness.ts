import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { Test, type TestingModule } from '@nestjs/testing';
import { createTestDatabase, type TestDatabase } from '@anxin/persistence/testing';
import { workspaceRoot } from '@anxin/testing';
import { CommonModule } from '../../src/common/common.module';
import type { Actor } from '../../src/common/context/actor.type';
import { ActorContext } from '../../src/common/context/actor-context.service';
import { loadConfig } from '../../src/config/app-config';
import { AppConfigModule } from '../../src/config/app-config.module';
import { DatabaseModule } from '../../src/database/database.module';
import { ActorLoader } from '../../src/modules/auth/actor-loader.service';
import { PasswordHasher } from '../../src/modules/auth/password-hasher.service';
import { OrgModule } from '../../src/modules/org/org.module';
import { OrgSeeder } from '../../src/modules/seed/org-seeder.service';
import { parseSeedData } from '../../src/modules/seed/seed-data.schema';

export interface OrgHarness {
  readonly database: TestDatabase;
  readonly moduleRef: TestingModule;
  /** Tenant id by company code. */
  readonly tenants: Map<string, string>;
  /** Runs `work` as the named user of a tenant (loaded like a request's actor). */
  as<T>(username: string, work: () => Promise<T>, tenant?: string): Promise<T>;
  actor(username: string, tenant?: string): Promise<Actor>;
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

const seedFile = (relative: string) =>
  parseSeedData(JSON.parse(readFileSync(path.join(workspaceRoot, relative), 'utf8')));

/** The org model's services on their own database with the demo and the other tenant seeded (medium tests). */
export async function startOrgHarness(): Promise<OrgHarness> {
  const database = await createTestDatabase();
  const loaded = loadConfig({ DATABASE_URL: database.url, PASSWORD_HASHING: 'test' }, workspaceRoot);
  if (!loaded.ok) throw new Error(loaded.message);
  const moduleRef = await Test.createTestingModule({
    imports: [AppConfigModule.forRoot(loaded.config), DatabaseModule.forRoot(database.url), CommonModule, OrgModule],
    providers: [PasswordHasher, ActorLoader, OrgSeeder],
  }).compile();
  await moduleRef.init();
  const seeder = moduleRef.get(OrgSeeder);
  await seeder.apply(seedFile('apps/api/test/fixtures/test-org.seed.json'));
  await seeder.apply(seedFile('apps/api/test/fixtures/other-tenant.seed.json'));
  const em = moduleRef.get(EntityManager);
  const rows = <T>(sql: string, params: unknown[] = []) => em.fork().execute<T[]>(sql, params as never[]);
  const tenants = new Map(
    (await rows<{ id: string; code: string }>('select id, code from company')).map((c) => [c.code, c.id]),
  );
  const actor = async (username: string, tenant = 'demo'): Promise<Actor> => {
    const tenantId = tenants.get(tenant) ?? '';
    const [user] = await rows<{ id: string }>('select id from app_user where username = ? and tenant_id = ?', [
      username,
      tenantId,
    ]);
    const loadedActor = await moduleRef.get(ActorLoader).load(tenantId, user?.id ?? '');
    if (!loadedActor) throw new Error(`no active user ${username} in ${tenant}`);
    return loadedActor;
  };
  return {
    database,
    moduleRef,
    tenants,
    actor,
    as: async (username, work, tenant) => moduleRef.get(ActorContext).run(await actor(username, tenant), work),
    rows,
    close: async () => {
      await moduleRef.close();
      await database.drop();
    },
  };
}

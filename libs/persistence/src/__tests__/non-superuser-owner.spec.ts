import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { createOrmConfig } from '../config/orm-config';
import { withDatabaseName } from '../config/database-url';
import { dropDatabase } from '../database/admin-database';
import { migrateToLatest } from '../database/migrate-to-latest';
import { testEnv } from '../testing';

/**
 * Superusers bypass row-level security, FORCE or not, and the test server runs as one. Here the schema is migrated
 * by an ordinary login role that owns its database (as on a managed PostgreSQL), to show that FORCE binds that
 * owner to the policies, that its own policy lets its system work see every tenant, and that `anxin_app` is
 * confined to the tenant it names.
 */
describe('row-level security with a non-superuser owner', () => {
  const suffix = randomUUID().replace(/-/g, '').slice(0, 12);
  const owner = `anxin_owner_${suffix}`;
  const password = `pw-${suffix}`;
  const serverUrl = process.env[testEnv.serverUrl] ?? '';
  const databaseUrl = withDatabaseName(serverUrl, `anxin_owned_${suffix}`);
  let admin: Client;
  let asOwner: Client;

  beforeAll(async () => {
    // Given a login role without superuser or BYPASSRLS, owning a fresh database, and already a member of anxin_app
    // (what a DBA grants once; the role itself exists in this cluster since the template was migrated)
    admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create role ${owner} login password '${password}' nosuperuser nobypassrls`);
    await admin.query(`grant anxin_app to ${owner}`);
    await admin.query(`create database anxin_owned_${suffix} owner ${owner}`);
    const url = new URL(databaseUrl);
    url.username = owner;
    url.password = password;
    // When it migrates the schema itself
    const orm = await MikroORM.init(createOrmConfig({ clientUrl: url.toString() }));
    try {
      await migrateToLatest(orm);
    } finally {
      await orm.close(true);
    }
    asOwner = new Client({ connectionString: url.toString() });
    await asOwner.connect();
    for (const code of ['a', 'b']) {
      const tenant = randomUUID();
      await asOwner.query(`insert into company (id, code, name, created_at) values ($1, $2, $2, now())`, [
        tenant,
        code,
      ]);
      await asOwner.query(
        `insert into project (id, tenant_id, code, name, created_at) values ($1, $2, $3, $3, now())`,
        [randomUUID(), tenant, `project-${code}`],
      );
    }
  });

  afterAll(async () => {
    await asOwner?.end();
    await dropDatabase(databaseUrl);
    await admin?.query(`drop role if exists ${owner}`);
    await admin?.end();
  });

  it('should force RLS on the owner and let its explicit policy see every tenant', async () => {
    const forced = await asOwner.query<{ forced: boolean }>(
      `select relforcerowsecurity as forced from pg_class where relname = 'project'`,
    );
    const projects = await asOwner.query('select code from project order by code');
    expect(forced.rows[0]?.forced).toBe(true);
    expect(projects.rows.map((r: { code: string }) => r.code)).toEqual(['project-a', 'project-b']);
  });

  it('should confine anxin_app to the tenant it names, and to nothing without one', async () => {
    const tenantA = await asOwner.query<{ id: string }>(`select id from company where code = 'a'`);
    const seen = async (tenant: string) => {
      await asOwner.query('begin');
      try {
        await asOwner.query(`select set_config('role', 'anxin_app', true), set_config('anxin.tenant_id', $1, true)`, [
          tenant,
        ]);
        return (await asOwner.query<{ code: string }>('select code from project order by code')).rows.map(
          (r) => r.code,
        );
      } finally {
        await asOwner.query('rollback');
      }
    };
    expect(await seen(tenantA.rows[0]?.id ?? '')).toEqual(['project-a']);
    expect(await seen('')).toEqual([]);
  });
});

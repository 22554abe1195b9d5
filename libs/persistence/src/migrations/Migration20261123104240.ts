import { Migration } from '@mikro-orm/migrations';

/** Tables holding one tenant's rows, with the column naming the tenant (hand-written, see the end of `up`). */
const tenantOwnedTables: readonly (readonly [table: string, tenantColumn: string])[] = [
  ['company', 'id'],
  ['project', 'tenant_id'],
  ['building', 'tenant_id'],
  ['unit', 'tenant_id'],
  ['app_user', 'tenant_id'],
  ['user_project', 'tenant_id'],
  ['owner_unit', 'tenant_id'],
  ['team', 'tenant_id'],
  ['team_member', 'tenant_id'],
  ['refresh_token', 'tenant_id'],
  ['audit_log', 'tenant_id'],
];

export class Migration20261123104240 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_log" ("id" uuid not null, "tenant_id" uuid null, "actor_id" uuid null, "operation" text not null, "target_id" text null, "summary" jsonb not null, "outcome" text not null, "ip" text null, "at" timestamptz not null, constraint "audit_log_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_log_tenant_id_actor_id_at_index" on "audit_log" ("tenant_id", "actor_id", "at");`);
    this.addSql(`create index "audit_log_tenant_id_at_index" on "audit_log" ("tenant_id", "at");`);

    this.addSql(
      `create table "company" ("id" uuid not null, "code" text not null, "name" text not null, "created_at" timestamptz not null, constraint "company_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "company" add constraint "company_code_unique" unique ("code");`);

    this.addSql(
      `create table "project" ("id" uuid not null, "tenant_id" uuid not null, "code" text not null, "name" text not null, "city" text null, "created_at" timestamptz not null, constraint "project_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "project" add constraint "project_tenant_id_code_unique" unique ("tenant_id", "code");`);

    this.addSql(
      `create table "building" ("id" uuid not null, "tenant_id" uuid not null, "project_id" uuid not null, "code" text not null, "name" text not null, constraint "building_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "building_tenant_id_index" on "building" ("tenant_id");`);
    this.addSql(
      `alter table "building" add constraint "building_project_id_code_unique" unique ("project_id", "code");`,
    );

    this.addSql(
      `create table "team" ("id" uuid not null, "tenant_id" uuid not null, "project_id" uuid null, "name" text not null, "skills" text[] not null default '{}', "capacity" int null, "created_at" timestamptz not null, constraint "team_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "team" add constraint "team_tenant_id_name_unique" unique ("tenant_id", "name");`);

    this.addSql(
      `create table "unit" ("id" uuid not null, "tenant_id" uuid not null, "project_id" uuid not null, "building_id" uuid not null, "code" text not null, "floor" int null, constraint "unit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "unit_project_id_index" on "unit" ("project_id");`);
    this.addSql(`create index "unit_tenant_id_index" on "unit" ("tenant_id");`);
    this.addSql(`alter table "unit" add constraint "unit_building_id_code_unique" unique ("building_id", "code");`);

    this.addSql(
      `create table "app_user" ("id" uuid not null, "tenant_id" uuid not null, "username" text not null, "password_hash" text not null, "display_name" text not null, "phone" text null, "roles" text[] not null default '{}', "manager_id" uuid null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "app_user_username_index" on "app_user" ("username");`);
    this.addSql(
      `alter table "app_user" add constraint "app_user_tenant_id_username_unique" unique ("tenant_id", "username");`,
    );

    this.addSql(
      `create table "team_member" ("team_id" uuid not null, "user_id" uuid not null, "tenant_id" uuid not null, "skills" text[] not null default '{}', "capacity" int not null default 5, "lead" boolean not null default false, constraint "team_member_pkey" primary key ("team_id", "user_id"));`,
    );
    this.addSql(`create index "team_member_user_id_index" on "team_member" ("user_id");`);

    this.addSql(
      `create table "refresh_token" ("id" uuid not null, "tenant_id" uuid not null, "user_id" uuid not null, "family_id" uuid not null, "token_hash" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "replaced_by_id" uuid null, constraint "refresh_token_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "refresh_token_family_id_index" on "refresh_token" ("family_id");`);
    this.addSql(`create index "refresh_token_user_id_index" on "refresh_token" ("user_id");`);

    this.addSql(
      `create table "owner_unit" ("user_id" uuid not null, "unit_id" uuid not null, "tenant_id" uuid not null, constraint "owner_unit_pkey" primary key ("user_id", "unit_id"));`,
    );
    this.addSql(`create index "owner_unit_unit_id_index" on "owner_unit" ("unit_id");`);

    this.addSql(
      `create table "user_project" ("user_id" uuid not null, "project_id" uuid not null, "tenant_id" uuid not null, constraint "user_project_pkey" primary key ("user_id", "project_id"));`,
    );
    this.addSql(`create index "user_project_project_id_index" on "user_project" ("project_id");`);

    this.addSql(
      `alter table "project" add constraint "project_tenant_id_foreign" foreign key ("tenant_id") references "company" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "building" add constraint "building_tenant_id_foreign" foreign key ("tenant_id") references "company" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "building" add constraint "building_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "team" add constraint "team_tenant_id_foreign" foreign key ("tenant_id") references "company" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "team" add constraint "team_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "unit" add constraint "unit_tenant_id_foreign" foreign key ("tenant_id") references "company" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_building_id_foreign" foreign key ("building_id") references "building" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_tenant_id_foreign" foreign key ("tenant_id") references "company" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_manager_id_foreign" foreign key ("manager_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "team_member" add constraint "team_member_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "team_member" add constraint "team_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "team_member" add constraint "team_member_tenant_id_foreign" foreign key ("tenant_id") references "company" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_tenant_id_foreign" foreign key ("tenant_id") references "company" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "owner_unit" add constraint "owner_unit_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "owner_unit" add constraint "owner_unit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "owner_unit" add constraint "owner_unit_tenant_id_foreign" foreign key ("tenant_id") references "company" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "user_project" add constraint "user_project_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "user_project" add constraint "user_project_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "user_project" add constraint "user_project_tenant_id_foreign" foreign key ("tenant_id") references "company" ("id") on update cascade;`,
    );

    // ---- Hand-written below this line: row-level security for tenant isolation (defence in depth). ----
    // Tenant work runs as the NOLOGIN role `anxin_app`: each tenant transaction starts with
    // `select set_config('role', 'anxin_app', true), set_config('anxin.tenant_id', <tenant id>, true)`
    // (apps/api/src/common/database/tenant-database.service.ts). The policies below confine that role to the rows of
    // that tenant, and to no row at all when the setting is missing. FORCE makes the tables' owner (the role running
    // migrations and the app's system work: seeding, finding a login name across tenants, rotating refresh tokens)
    // subject to policies too; its own policy grants it every row, explicitly instead of through the implicit owner
    // bypass, and any other role gets nothing until a policy names it. Superusers bypass RLS whatever FORCE says: that
    // is why tenant work switches to `anxin_app` instead of relying on the connecting role.
    // Roles belong to the cluster, not the database: create `anxin_app` once (needs CREATEROLE, or a DBA creates it
    // beforehand and grants it to the application's login role) and make the migrating role a member (SET ROLE).
    this.addSql(`do $$ begin
      if not exists (select from pg_roles where rolname = 'anxin_app') then create role anxin_app nologin; end if;
    exception when duplicate_object then null; end $$;`);
    this.addSql(`do $$ begin
      if not pg_has_role(current_user, 'anxin_app', 'member') then execute format('grant anxin_app to %I', current_user); end if;
    end $$;`);
    this.addSql(
      `create function anxin_current_tenant() returns uuid language sql stable parallel safe as $$ select nullif(current_setting('anxin.tenant_id', true), '')::uuid $$;`,
    );
    this.addSql(`grant usage on schema public to anxin_app;`);
    this.addSql(`grant select, insert, update, delete on all tables in schema public to anxin_app;`);
    this.addSql(`revoke all on "mikro_orm_migrations" from anxin_app;`);
    // The audit trail is append-only for the application.
    this.addSql(`revoke update, delete on "audit_log" from anxin_app;`);
    // Tables created by later migrations (run by the same role) get the same grants; their RLS is theirs to add
    // (a test fails while a table with a tenant_id column lacks FORCE row-level security).
    this.addSql(
      `alter default privileges in schema public grant select, insert, update, delete on tables to anxin_app;`,
    );
    for (const [table, tenantColumn] of tenantOwnedTables) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(
        `create policy "${table}_tenant_isolation" on "${table}" for all to anxin_app using ("${tenantColumn}" = anxin_current_tenant()) with check ("${tenantColumn}" = anxin_current_tenant());`,
      );
      this.addSql(
        `create policy "${table}_system_access" on "${table}" for all to current_user using (true) with check (true);`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "project" drop constraint "project_tenant_id_foreign";`);

    this.addSql(`alter table "building" drop constraint "building_tenant_id_foreign";`);

    this.addSql(`alter table "team" drop constraint "team_tenant_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_tenant_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_tenant_id_foreign";`);

    this.addSql(`alter table "team_member" drop constraint "team_member_tenant_id_foreign";`);

    this.addSql(`alter table "refresh_token" drop constraint "refresh_token_tenant_id_foreign";`);

    this.addSql(`alter table "owner_unit" drop constraint "owner_unit_tenant_id_foreign";`);

    this.addSql(`alter table "user_project" drop constraint "user_project_tenant_id_foreign";`);

    this.addSql(`alter table "building" drop constraint "building_project_id_foreign";`);

    this.addSql(`alter table "team" drop constraint "team_project_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_project_id_foreign";`);

    this.addSql(`alter table "user_project" drop constraint "user_project_project_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_building_id_foreign";`);

    this.addSql(`alter table "team_member" drop constraint "team_member_team_id_foreign";`);

    this.addSql(`alter table "owner_unit" drop constraint "owner_unit_unit_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_manager_id_foreign";`);

    this.addSql(`alter table "team_member" drop constraint "team_member_user_id_foreign";`);

    this.addSql(`alter table "refresh_token" drop constraint "refresh_token_user_id_foreign";`);

    this.addSql(`alter table "owner_unit" drop constraint "owner_unit_user_id_foreign";`);

    this.addSql(`alter table "user_project" drop constraint "user_project_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_log" cascade;`);

    this.addSql(`drop table if exists "company" cascade;`);

    this.addSql(`drop table if exists "project" cascade;`);

    this.addSql(`drop table if exists "building" cascade;`);

    this.addSql(`drop table if exists "team" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "team_member" cascade;`);

    this.addSql(`drop table if exists "refresh_token" cascade;`);

    this.addSql(`drop table if exists "owner_unit" cascade;`);

    this.addSql(`drop table if exists "user_project" cascade;`);

    // Hand-written: the tenant function; the role `anxin_app` stays (it belongs to the cluster, other databases may use it).
    this.addSql(`drop function if exists anxin_current_tenant();`);
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123124557_orgDispatch extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "assignment_state" ("tenant_id" uuid not null, "strategy_key" text not null, "cursors" jsonb not null, "updated_at" timestamptz not null, constraint "assignment_state_pkey" primary key ("tenant_id", "strategy_key"));`,
    );

    this.addSql(`alter table "team" add column "code" text null;`);
    this.addSql(`alter table "team" add constraint "team_tenant_id_code_unique" unique ("tenant_id", "code");`);

    this.addSql(`alter table "app_user" add column "on_duty" boolean not null default true;`);

    // ---- Hand-written: row-level security, as for the other company tables. ----
    this.addSql(`alter table "assignment_state" enable row level security;`);
    this.addSql(`alter table "assignment_state" force row level security;`);
    this.addSql(
      `create policy "assignment_state_tenant_isolation" on "assignment_state" for all to anxin_app using ("tenant_id" = anxin_current_tenant()) with check ("tenant_id" = anxin_current_tenant());`,
    );
    this.addSql(
      `create policy "assignment_state_system_access" on "assignment_state" for all to current_user using (true) with check (true);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "assignment_state" cascade;`);

    this.addSql(`alter table "app_user" drop column "on_duty";`);

    this.addSql(`alter table "team" drop constraint "team_tenant_id_code_unique";`);
    this.addSql(`alter table "team" drop column "code";`);
  }
}

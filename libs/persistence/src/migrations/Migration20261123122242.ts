import { Migration } from '@mikro-orm/migrations';

export class Migration20261123122242 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "notification" ("id" uuid not null, "tenant_id" uuid not null, "user_id" uuid not null, "outbox_id" bigint not null, "kind" text not null, "title" text not null, "body" text not null, "instance_id" uuid null, "task_id" uuid null, "element_id" text null, "actor_id" text null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "notification_unread_index" on "notification" ("user_id", "created_at") where "read_at" is null;`,
    );
    this.addSql(`create index "notification_user_id_created_at_index" on "notification" ("user_id", "created_at");`);
    this.addSql(
      `alter table "notification" add constraint "notification_outbox_id_user_id_unique" unique ("outbox_id", "user_id");`,
    );

    this.addSql(
      `alter table "notification" add constraint "notification_tenant_id_foreign" foreign key ("tenant_id") references "company" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    // ---- Hand-written below this line: tenant isolation, as for the org tables (Migration20261123104240). ----
    // The default privileges of that migration already grant anxin_app DML on this table; FORCE subjects the owner to
    // the policies too, and its own policy keeps the in-app channel's cross-tenant lookups (as the owner) working.
    this.addSql(`alter table "notification" enable row level security;`);
    this.addSql(`alter table "notification" force row level security;`);
    this.addSql(
      `create policy "notification_tenant_isolation" on "notification" for all to anxin_app using ("tenant_id" = anxin_current_tenant()) with check ("tenant_id" = anxin_current_tenant());`,
    );
    this.addSql(
      `create policy "notification_system_access" on "notification" for all to current_user using (true) with check (true);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);
  }
}

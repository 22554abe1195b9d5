import { Migration } from '@mikro-orm/migrations';

export class Migration20261123123451 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "stored_file" ("id" uuid not null, "tenant_id" uuid not null, "uploaded_by" uuid not null, "name" text not null, "size" int not null, "mime_type" text not null, "sha256" text not null, "storage_key" text not null, "created_at" timestamptz not null, constraint "stored_file_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "stored_file" add constraint "stored_file_storage_key_unique" unique ("storage_key");`);
    this.addSql(
      `create index "stored_file_tenant_id_uploaded_by_created_at_index" on "stored_file" ("tenant_id", "uploaded_by", "created_at");`,
    );

    this.addSql(
      `alter table "stored_file" add constraint "stored_file_tenant_id_foreign" foreign key ("tenant_id") references "company" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "stored_file" add constraint "stored_file_uploaded_by_foreign" foreign key ("uploaded_by") references "app_user" ("id") on update cascade;`,
    );

    // ---- Hand-written below this line: tenant isolation, as for the org tables (Migration20261123104240). ----
    // Grants come from the default privileges set there; the metadata of a stored file never changes.
    this.addSql(`revoke update on "stored_file" from anxin_app;`);
    this.addSql(`alter table "stored_file" enable row level security;`);
    this.addSql(`alter table "stored_file" force row level security;`);
    this.addSql(
      `create policy "stored_file_tenant_isolation" on "stored_file" for all to anxin_app using ("tenant_id" = anxin_current_tenant()) with check ("tenant_id" = anxin_current_tenant());`,
    );
    this.addSql(
      `create policy "stored_file_system_access" on "stored_file" for all to current_user using (true) with check (true);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stored_file" cascade;`);
  }
}

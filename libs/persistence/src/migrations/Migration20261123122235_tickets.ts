import { Migration } from '@mikro-orm/migrations';

export class Migration20261123122235_tickets extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "submission" ("id" uuid not null, "tenant_id" uuid not null, "form_key" text not null, "form_version" int not null, "data" jsonb not null, "submitted_by" uuid not null, "request_id" text not null, "process_instance_id" uuid null, "ticket_number" text null, "created_at" timestamptz not null, constraint "submission_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "submission_tenant_id_form_key_created_at_index" on "submission" ("tenant_id", "form_key", "created_at");`,
    );
    this.addSql(
      `alter table "submission" add constraint "submission_tenant_id_request_id_unique" unique ("tenant_id", "request_id");`,
    );

    this.addSql(
      `create table "ticket" ("instance_id" uuid not null, "tenant_id" uuid null, "number" text not null, "process_key" text not null, "status" text null, "status_dictionary" text null, "initiator" text not null, "project_id" uuid null, "building_id" uuid null, "unit_id" uuid null, "category" text null, "urgency" text null, "title" text null, "assignee" text null, "team" text null, "estimated_cost" numeric(14,2) null, "rating" int null, "contact_phone" text null, "sla_due_at" timestamptz null, "dispatch_explanation" jsonb null, "fields" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "closed_at" timestamptz null, constraint "ticket_pkey" primary key ("instance_id"));`,
    );
    this.addSql(`create index "ticket_tenant_id_assignee_index" on "ticket" ("tenant_id", "assignee");`);
    this.addSql(`create index "ticket_tenant_id_unit_id_index" on "ticket" ("tenant_id", "unit_id");`);
    this.addSql(
      `create index "ticket_tenant_id_project_id_status_index" on "ticket" ("tenant_id", "project_id", "status");`,
    );
    this.addSql(`create index "ticket_tenant_id_created_at_index" on "ticket" ("tenant_id", "created_at");`);
    this.addSql(`alter table "ticket" add constraint "ticket_number_unique" unique ("number");`);

    this.addSql(
      `create table "ticket_timeline" ("id" bigserial primary key, "tenant_id" uuid null, "instance_id" uuid not null, "status" text not null, "at" timestamptz not null, "actor" text not null, "note" text null);`,
    );
    this.addSql(`create index "ticket_timeline_instance_id_id_index" on "ticket_timeline" ("instance_id", "id");`);

    this.addSql(`alter table "history_event" add column "tenant_id" uuid null;`);

    this.addSql(`alter table "process_instance" add column "tenant_id" uuid null;`);
    this.addSql(
      `create index "process_instance_tenant_id_started_at_index" on "process_instance" ("tenant_id", "started_at");`,
    );

    this.addSql(`alter table "user_task" add column "tenant_id" uuid null;`);

    // ---- Hand-written: ticket numbers and row-level security (as in Migration20261123104240). ----
    // One sequence for every prefix: numbers are unique across processes, and a rolled-back step only skips one.
    this.addSql(`create sequence "ticket_number_seq";`);
    this.addSql(`grant usage on sequence "ticket_number_seq" to anxin_app;`);
    // Engine rows without a tenant (instances started by the system, tests) are invisible to tenant work.
    for (const table of ['process_instance', 'user_task', 'history_event', 'ticket', 'ticket_timeline', 'submission']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(
        `create policy "${table}_tenant_isolation" on "${table}" for all to anxin_app using ("tenant_id" = anxin_current_tenant()) with check ("tenant_id" = anxin_current_tenant());`,
      );
      this.addSql(
        `create policy "${table}_system_access" on "${table}" for all to current_user using (true) with check (true);`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of ['process_instance', 'user_task', 'history_event']) {
      this.addSql(`drop policy if exists "${table}_tenant_isolation" on "${table}";`);
      this.addSql(`drop policy if exists "${table}_system_access" on "${table}";`);
      this.addSql(`alter table "${table}" no force row level security;`);
      this.addSql(`alter table "${table}" disable row level security;`);
    }
    this.addSql(`drop sequence if exists "ticket_number_seq";`);
    this.addSql(`drop table if exists "submission" cascade;`);

    this.addSql(`drop table if exists "ticket" cascade;`);

    this.addSql(`drop table if exists "ticket_timeline" cascade;`);

    this.addSql(`alter table "history_event" drop column "tenant_id";`);

    this.addSql(`drop index "process_instance_tenant_id_started_at_index";`);
    this.addSql(`alter table "process_instance" drop column "tenant_id";`);

    this.addSql(`alter table "user_task" drop column "tenant_id";`);
  }
}

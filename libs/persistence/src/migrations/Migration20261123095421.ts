import { Migration } from '@mikro-orm/migrations';

export class Migration20261123095421 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "command_request" ("request_id" text not null, "instance_id" uuid null, "result" jsonb not null, "created_at" timestamptz not null, constraint "command_request_pkey" primary key ("request_id"));`,
    );
    this.addSql(`create index "command_request_created_at_index" on "command_request" ("created_at");`);

    this.addSql(
      `create table "definition" ("id" uuid not null, "kind" text not null, "key" text not null, "version" int not null, "content" text not null, "checksum" text not null, "status" text not null default 'active', "created_by" text null, "created_at" timestamptz not null, constraint "definition_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "definition_kind_key_checksum_index" on "definition" ("kind", "key", "checksum");`);
    this.addSql(
      `alter table "definition" add constraint "definition_kind_key_version_unique" unique ("kind", "key", "version");`,
    );

    this.addSql(
      `create table "history_event" ("id" bigserial primary key, "instance_id" uuid not null, "type" text not null, "element_id" text null, "task_id" uuid null, "actor" text not null, "at" timestamptz not null, "comment" text null, "data" jsonb null);`,
    );
    this.addSql(`create index "history_event_at_index" on "history_event" ("at");`);
    this.addSql(`create index "history_event_instance_id_id_index" on "history_event" ("instance_id", "id");`);

    this.addSql(
      `create table "incident" ("id" uuid not null, "instance_id" uuid null, "job_name" text not null, "element_id" text null, "error" text not null, "payload" jsonb not null, "status" text not null default 'open', "created_at" timestamptz not null, "resolved_at" timestamptz null, constraint "incident_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "incident_status_created_at_index" on "incident" ("status", "created_at");`);

    this.addSql(
      `create table "outbox" ("id" bigserial primary key, "instance_id" uuid null, "kind" text not null, "payload" jsonb not null, "status" text not null default 'pending', "attempts" int not null default 0, "last_error" text null, "created_at" timestamptz not null, "delivered_at" timestamptz null);`,
    );
    this.addSql(`create index "outbox_pending_index" on "outbox" ("id") where "status" = 'pending';`);

    this.addSql(
      `create table "process_instance" ("id" uuid not null, "definition_id" uuid not null, "definition_key" text not null, "definition_version" int not null, "business_key" text null, "status" text not null, "state" jsonb not null, "revision" int not null, "initiator" text not null, "started_at" timestamptz not null, "ended_at" timestamptz null, "end_reason" text null, "parent_instance_id" uuid null, "parent_action_id" text null, "text1" text null, "text2" text null, "text3" text null, "text4" text null, "text5" text null, "text6" text null, "number1" double precision null, "number2" double precision null, "number3" double precision null, "number4" double precision null, "date1" timestamptz null, "date2" timestamptz null, "date3" timestamptz null, "date4" timestamptz null, constraint "process_instance_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "process_instance_definition_key_date4_index" on "process_instance" ("definition_key", "date4");`,
    );
    this.addSql(
      `create index "process_instance_definition_key_date3_index" on "process_instance" ("definition_key", "date3");`,
    );
    this.addSql(
      `create index "process_instance_definition_key_date2_index" on "process_instance" ("definition_key", "date2");`,
    );
    this.addSql(
      `create index "process_instance_definition_key_date1_index" on "process_instance" ("definition_key", "date1");`,
    );
    this.addSql(
      `create index "process_instance_definition_key_number4_index" on "process_instance" ("definition_key", "number4");`,
    );
    this.addSql(
      `create index "process_instance_definition_key_number3_index" on "process_instance" ("definition_key", "number3");`,
    );
    this.addSql(
      `create index "process_instance_definition_key_number2_index" on "process_instance" ("definition_key", "number2");`,
    );
    this.addSql(
      `create index "process_instance_definition_key_number1_index" on "process_instance" ("definition_key", "number1");`,
    );
    this.addSql(
      `create index "process_instance_definition_key_text6_index" on "process_instance" ("definition_key", "text6");`,
    );
    this.addSql(
      `create index "process_instance_definition_key_text5_index" on "process_instance" ("definition_key", "text5");`,
    );
    this.addSql(
      `create index "process_instance_definition_key_text4_index" on "process_instance" ("definition_key", "text4");`,
    );
    this.addSql(
      `create index "process_instance_definition_key_text3_index" on "process_instance" ("definition_key", "text3");`,
    );
    this.addSql(
      `create index "process_instance_definition_key_text2_index" on "process_instance" ("definition_key", "text2");`,
    );
    this.addSql(
      `create index "process_instance_definition_key_text1_index" on "process_instance" ("definition_key", "text1");`,
    );
    this.addSql(`create index "process_instance_business_key_index" on "process_instance" ("business_key");`);
    this.addSql(
      `create index "process_instance_definition_key_status_started_at_index" on "process_instance" ("definition_key", "status", "started_at");`,
    );

    this.addSql(
      `create table "user_task" ("id" uuid not null, "instance_id" uuid not null, "element_id" text not null, "name" text null, "assignee" text null, "owner" text null, "candidate_users" text[] not null default '{}', "candidate_groups" text[] not null default '{}', "status" text not null, "due_at" timestamptz null, "priority" int not null default 50, "form_key" text null, "form_version" int null, "field_permissions" jsonb null, "created_at" timestamptz not null, "claimed_at" timestamptz null, "completed_at" timestamptz null, "completed_by" text null, "outcome" text null, "comment" text null, constraint "user_task_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "user_task_open_candidate_groups_index" on "user_task" using gin ("candidate_groups") where "status" = 'open' and "assignee" is null;`,
    );
    this.addSql(
      `create index "user_task_open_candidate_users_index" on "user_task" using gin ("candidate_users") where "status" = 'open' and "assignee" is null;`,
    );
    this.addSql(
      `create index "user_task_open_assignee_index" on "user_task" ("assignee", "created_at") where "status" in ('open', 'delegated');`,
    );
    this.addSql(`create index "user_task_instance_id_index" on "user_task" ("instance_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "command_request" cascade;`);

    this.addSql(`drop table if exists "definition" cascade;`);

    this.addSql(`drop table if exists "history_event" cascade;`);

    this.addSql(`drop table if exists "incident" cascade;`);

    this.addSql(`drop table if exists "outbox" cascade;`);

    this.addSql(`drop table if exists "process_instance" cascade;`);

    this.addSql(`drop table if exists "user_task" cascade;`);
  }
}

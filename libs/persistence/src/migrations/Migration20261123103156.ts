import { Migration } from '@mikro-orm/migrations';

export class Migration20261123103156 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "worker_heartbeat" ("worker_id" text not null, "beat_at" timestamptz not null, constraint "worker_heartbeat_pkey" primary key ("worker_id"));`,
    );
    this.addSql(`create index "worker_heartbeat_beat_at_index" on "worker_heartbeat" ("beat_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "worker_heartbeat" cascade;`);
  }
}

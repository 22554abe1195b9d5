import { Migration } from '@mikro-orm/migrations';

export class Migration20261122075119 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "installation" ("id" uuid not null, "installed_at" timestamptz not null, constraint "installation_pkey" primary key ("id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "installation" cascade;`);
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123151341_ticket_report_columns extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "ticket" add column "engineer" text null, add column "sla_breached" boolean null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ticket" drop column "engineer", drop column "sla_breached";`);
  }
}

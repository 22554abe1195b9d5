import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141806_unitType extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "unit" add column "unit_type" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "unit" drop column "unit_type";`);
  }
}

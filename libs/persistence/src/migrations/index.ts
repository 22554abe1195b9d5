import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261122075119 } from './Migration20261122075119';
import { Migration20261123095421 } from './Migration20261123095421';
import { Migration20261123103156 } from './Migration20261123103156';
import { Migration20261123104240 } from './Migration20261123104240';
import { Migration20261123122235_tickets } from './Migration20261123122235_tickets';
import { Migration20261123122242 } from './Migration20261123122242';
import { Migration20261123123451 } from './Migration20261123123451';
import { Migration20261123124557_orgDispatch } from './Migration20261123124557_org-dispatch';
import { Migration20261123170000_rlsInitplan } from './Migration20261123170000_rls-initplan';
import { Migration20261123151341_ticket_report_columns } from './Migration20261123151341_ticket_report_columns';
import { Migration20261123141806_unitType } from './Migration20261123141806_unit-type';
import { Migration20261123134500_inboxFunction } from './Migration20261123134500_inbox-function';
import { Migration20261123151024_reports } from './Migration20261123151024_reports';

/**
 * Every committed migration, in order. `npm run db:migration:create` generates a file in this folder; add its class
 * here (the migration check in the test run fails until the entities and the snapshot agree).
 */
export const migrationsList: { name: string; class: Constructor<Migration> }[] = [
  { name: 'Migration20261122075119', class: Migration20261122075119 },
  { name: 'Migration20261123095421', class: Migration20261123095421 },
  { name: 'Migration20261123103156', class: Migration20261123103156 },
  { name: 'Migration20261123104240', class: Migration20261123104240 },
  { name: 'Migration20261123122235_tickets', class: Migration20261123122235_tickets },
  { name: 'Migration20261123122242', class: Migration20261123122242 },
  { name: 'Migration20261123123451', class: Migration20261123123451 },
  { name: 'Migration20261123124557_org-dispatch', class: Migration20261123124557_orgDispatch },
  { name: 'Migration20261123134500_inbox-function', class: Migration20261123134500_inboxFunction },
  { name: 'Migration20261123141806_unit-type', class: Migration20261123141806_unitType },
  { name: 'Migration20261123151024_reports', class: Migration20261123151024_reports },
  { name: 'Migration20261123151341_ticket_report_columns', class: Migration20261123151341_ticket_report_columns },
  { name: 'Migration20261123170000_rls-initplan', class: Migration20261123170000_rlsInitplan },
];

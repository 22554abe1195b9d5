import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** When a scheduled report or dashboard last ran for a tenant, so a restarted worker neither repeats nor skips a run. */
@Entity({ tableName: 'report_schedule_run' })
export class ReportScheduleRun {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  /** `report` or `dashboard`. */
  @PrimaryKey({ type: 'text' })
  definitionKind!: string;

  @PrimaryKey({ type: 'text' })
  definitionKey!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lastRunAt!: Date;
}

import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The working periods of one local day of a deployed CALENDAR (latest version), as absolute instants: what the SQL
 * function `anxin_working_hours(from, to, calendar)` sums. Days without working time have no row. Definitions are
 * installation-wide, so this table has no tenant.
 */
@Entity({ tableName: 'report_calendar_day' })
export class ReportCalendarDay {
  @PrimaryKey({ type: 'text' })
  calendarKey!: string;

  @PrimaryKey({ type: 'date', columnType: 'date' })
  day!: string;

  @Property({ type: 'text[]', columnType: 'tstzrange[]' })
  periods!: string[];
}

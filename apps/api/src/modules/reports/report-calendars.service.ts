import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { BusinessCalendar } from '@anxin/rules';
import { DefinitionRegistry } from '../../engine-runtime/definition-registry.service';
import { calendarPeriods } from './calendar-periods.util';

/** Years of working periods kept before and after the current year when a calendar has no coverage of its own. */
const YEARS_BACK = 10;
const YEARS_AHEAD = 5;

/**
 * Keeps `report_calendar_day` equal to the latest version of each deployed CALENDAR: filled at start, and again
 * when this process deploys a new version, before the deploy answers (another process's deploy is picked up at its
 * next start). The SQL
 * function `anxin_working_hours` reads it for working-hour durations in reports.
 */
@Injectable()
export class ReportCalendars implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(ReportCalendars.name);

  constructor(
    private readonly em: EntityManager,
    private readonly registry: DefinitionRegistry,
  ) {}

  onModuleInit(): void {
    // Awaited by the deploy; a failure is logged, not the deploy's (the next start syncs again).
    this.registry.onDeployed(async (kind, key) => {
      if (kind !== 'calendar') return;
      await this.sync(key).catch((error: unknown) => this.logger.error(`calendar ${key} not synced: ${String(error)}`));
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const calendar of await this.registry.latestVersions('calendar')) await this.sync(calendar.key);
  }

  /** Replaces the days of one calendar with those of its latest version (none when it is not deployed). */
  async sync(key: string, now: Date = new Date()): Promise<number> {
    const [row] = await this.em.fork().execute<{ content: string }[]>(
      `select content from definition where kind = 'calendar' and key = ? and status = 'active'
        order by version desc limit 1`,
      [key],
    );
    const calendar = row ? (JSON.parse(row.content) as BusinessCalendar) : undefined;
    const year = now.getUTCFullYear();
    const fromYear = calendar?.coverage?.fromYear ?? year - YEARS_BACK;
    const toYear = Math.max(calendar?.coverage?.toYear ?? year, year) + YEARS_AHEAD;
    const days = calendar ? calendarPeriods(calendar, fromYear, toYear) : [];
    await this.em.fork().transactional(async (em) => {
      await em.execute(`delete from report_calendar_day where calendar_key = ?`, [key]);
      if (days.length === 0) return;
      await em.execute(
        `insert into report_calendar_day (calendar_key, day, periods)
         select ?, (d->>'day')::date,
                array(select tstzrange((p->>0)::timestamptz, (p->>1)::timestamptz, '[)')
                        from jsonb_array_elements(d->'periods') p)
           from jsonb_array_elements(?::jsonb) d`,
        [key, JSON.stringify(days)],
      );
    });
    return days.length;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { DashboardDefinition, ReportDefinition } from '@anxin/report-engine';
import { IncidentService } from '../../../engine-worker/incident.service';
import { ReportDefinitions } from '../report-definitions.service';
import { ReportWriteDatabase } from '../rollups/report-write-database.service';
import { ReportPush, type Scheduled } from './report-push.service';
import { dueOccurrence } from './schedule-occurrence.util';

/** The job key and task of scheduled reports. */
export const REPORT_SCHEDULES_JOB = 'anxin.report-schedules';

/** What one run did with one schedule of one tenant. */
export interface ScheduleOutcome {
  readonly tenantId: string;
  readonly kind: Scheduled['kind'];
  readonly key: string;
  readonly occurrence: string;
  /** `sent` (messages queued), `taken` (another runner claimed the occurrence), `failed` (an incident). */
  readonly outcome: 'sent' | 'taken' | 'failed';
  readonly messages: number;
}

const LAST_RUNS_SQL = `select tenant_id, definition_kind, definition_key, last_run_at from report_schedule_run`;
// Compare-and-set on the occurrence: of two runners only one gets the row back, so an occurrence is sent once.
const CLAIM_SQL = `insert into report_schedule_run (tenant_id, definition_kind, definition_key, last_run_at)
  values ($1::uuid, $2, $3, $4::timestamptz)
  on conflict (tenant_id, definition_kind, definition_key) do update set last_run_at = excluded.last_run_at
    where report_schedule_run.last_run_at < excluded.last_run_at
  returning 1 as claimed`;

interface LastRunRow {
  tenant_id: string;
  definition_kind: string;
  definition_key: string;
  last_run_at: Date;
}

/**
 * Scheduled push (the worker's `anxin.report-schedules` job, every minute): for every tenant and every latest
 * report and dashboard with a `schedule`, an occurrence of its cron that fell after the last run is first claimed
 * in `report_schedule_run` (once per tenant, definition and occurrence, whichever runner gets there first), then
 * sent by {@link ReportPush}. A failure is an incident and a log line; the occurrence stays claimed, so a broken
 * report is not retried every minute (the next occurrence tries again).
 */
@Injectable()
export class ReportSchedules {
  constructor(
    private readonly definitions: ReportDefinitions,
    private readonly db: ReportWriteDatabase,
    private readonly push: ReportPush,
    private readonly incidents: IncidentService,
    @InjectPinoLogger(ReportSchedules.name) private readonly logger: PinoLogger,
  ) {}

  async runDue(now = new Date()): Promise<ScheduleOutcome[]> {
    const scheduled = await this.scheduled();
    if (scheduled.length === 0) return [];
    const [tenants, lastRuns] = await this.db.session(async (s) => [
      await s.system<{ id: string }>({ sql: 'select id from company order by id', bindings: [] }),
      await s.system<LastRunRow>({ sql: LAST_RUNS_SQL, bindings: [] }),
    ] as const);
    const outcomes: ScheduleOutcome[] = [];
    for (const { id: tenantId } of tenants) {
      for (const item of scheduled) {
        const last = lastRuns.find(
          (r) => r.tenant_id === tenantId && r.definition_kind === item.kind && r.definition_key === item.definition.key,
        );
        const occurrence = this.due(item, now, last?.last_run_at);
        if (occurrence) outcomes.push(await this.runOne(tenantId, item, occurrence));
      }
    }
    return outcomes;
  }

  private due(item: Scheduled, now: Date, lastRunAt: Date | undefined): Date | undefined {
    try {
      return dueOccurrence(item.schedule, now, lastRunAt === undefined ? undefined : new Date(lastRunAt));
    } catch (error) {
      // Deploy checks the cron: only a definition deployed before that check gets here.
      this.logger.error({ err: error, key: item.definition.key }, 'a report schedule has an unreadable cron');
      return undefined;
    }
  }

  private async runOne(tenantId: string, scheduled: Scheduled, occurrence: Date): Promise<ScheduleOutcome> {
    const base = { tenantId, kind: scheduled.kind, key: scheduled.definition.key, occurrence: occurrence.toISOString() };
    const claimed = await this.db.session((s) =>
      s.tenantTransaction(tenantId, (run) =>
        run<{ claimed: number }>({ sql: CLAIM_SQL, bindings: [tenantId, base.kind, base.key, base.occurrence] }),
      ),
    );
    if (claimed.length === 0) return { ...base, outcome: 'taken', messages: 0 };
    try {
      const messages = await this.push.push({ tenantId, scheduled, occurrence });
      return { ...base, outcome: 'sent', messages };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error({ err: error, ...base }, 'a scheduled report could not be sent');
      await this.incidents.raise({ jobName: REPORT_SCHEDULES_JOB, payload: base, error: message });
      return { ...base, outcome: 'failed', messages: 0 };
    }
  }

  /** The latest reports and dashboards that have a schedule. */
  private async scheduled(): Promise<Scheduled[]> {
    const reports = await this.definitions.all<ReportDefinition>('report');
    const dashboards = await this.definitions.all<DashboardDefinition>('dashboard');
    return [
      ...reports.flatMap(({ content }) =>
        content.schedule ? [{ kind: 'report' as const, definition: content, schedule: content.schedule }] : [],
      ),
      ...dashboards.flatMap(({ content }) =>
        content.schedule ? [{ kind: 'dashboard' as const, definition: content, schedule: content.schedule }] : [],
      ),
    ];
  }
}

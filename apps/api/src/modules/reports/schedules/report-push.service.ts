import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import {
  DEFAULT_REPORT_TIME_ZONE,
  localize,
  type DashboardDefinition,
  type ReportDefinition,
  type ReportParams,
  type ReportSchedule,
} from '@anxin/report-engine';
import { ActorContext } from '../../../common/context/actor-context.service';
import type { Actor } from '../../../common/context/actor.type';
import { JOB, OUTBOX_JOB_KEY } from '../../../engine-runtime/step-plan';
import { ActorLoader } from '../../auth/actor-loader.service';
import { DashboardsService } from '../dashboards.service';
import { ReportExecution } from '../report-execution.service';
import { REPORT_ROLES } from '../report-scope.util';
import { ReportWriteDatabase, type WriteSession } from '../rollups/report-write-database.service';
import { summaryBody, type SummarySection } from './report-summary-text.util';

/** A deployed report or dashboard that has a schedule. */
export type Scheduled =
  | { readonly kind: 'report'; readonly definition: ReportDefinition; readonly schedule: ReportSchedule }
  | { readonly kind: 'dashboard'; readonly definition: DashboardDefinition; readonly schedule: ReportSchedule };

const RECIPIENTS_SQL = `select id from app_user
  where tenant_id = $1::uuid and active
    and (id::text = any($2::text[]) or username = any($2::text[]) or roles && $3::text[])
  order by username`;
const PROJECTS_SQL = `select id, name from project where tenant_id = $1::uuid order by name`;
const OUTBOX_SQL = `insert into outbox (instance_id, kind, payload, created_at)
  select null, 'notification.action', m, now() from jsonb_array_elements($1::jsonb) m`;
const WAKE_SQL = `select graphile_worker.add_job(identifier => $1, payload => '{}'::json, job_key => $2)`;

/**
 * Sends one occurrence of a schedule: to each recipient (users named, and the tenant's active users of the roles
 * named, if they may run reports), the report run AS that recipient (his scope, never more), or with `perProject`
 * one run per project he sees; rendered as a short Chinese summary and written to the notification outbox
 * (`notification.action`: the in-app channel makes the notification rows; `report` in the input tells other
 * channels, such as a webhook, which report and parameters it was).
 */
@Injectable()
export class ReportPush {
  constructor(
    private readonly actors: ActorContext,
    private readonly loader: ActorLoader,
    private readonly execution: ReportExecution,
    private readonly dashboards: DashboardsService,
    private readonly db: ReportWriteDatabase,
  ) {}

  /** Runs and queues the messages of one occurrence; resolves to how many were written. */
  async push(input: { tenantId: string; scheduled: Scheduled; occurrence: Date }): Promise<number> {
    const { tenantId, scheduled, occurrence } = input;
    const { schedule } = scheduled;
    return this.db.session(async (session) => {
      const { roles = [], users = [] } = schedule.recipients;
      // In the tenant's transaction: row-level security keeps the lookups to his company.
      const { recipients, projects } = await session.tenantTransaction(tenantId, async (run) => ({
        recipients: await run<{ id: string }>({ sql: RECIPIENTS_SQL, bindings: [tenantId, users, roles] }),
        projects: schedule.perProject
          ? await run<{ id: string; name: string }>({ sql: PROJECTS_SQL, bindings: [tenantId] })
          : [],
      }));
      const messages: unknown[] = [];
      for (const { id } of recipients) {
        const actor = await this.loader.load(tenantId, id);
        if (!actor || !actor.roles.some((role) => REPORT_ROLES.includes(role))) continue;
        for (const project of schedule.perProject ? projectsOf(actor, projects) : [undefined]) {
          const sections = await this.actors.run(actor, () => this.sections(scheduled, project?.id));
          messages.push(message({ scheduled, occurrence, userId: actor.userId, project, sections }));
        }
      }
      await write(session, messages);
      return messages.length;
    });
  }

  /** The result sections the actor of the current context sees: the report, or each widget of the dashboard. */
  private async sections(scheduled: Scheduled, project: string | undefined): Promise<SummarySection[]> {
    const params: ReportParams = scheduled.schedule.params ?? {};
    const narrow = project === undefined ? {} : { project };
    if (scheduled.kind === 'report') {
      const shaped = await this.execution.run(scheduled.definition, params, narrow);
      return [{ title: localize(scheduled.definition.name, 'zh-CN'), ...shaped }];
    }
    const dashboard = await this.dashboards.run(scheduled.definition.key, params, narrow);
    const failed = dashboard.widgets.filter((w) => !w.report);
    if (failed.length === dashboard.widgets.length) {
      throw new Error(`every widget of dashboard ${scheduled.definition.key} failed: ${failed[0]?.error?.message ?? ''}`);
    }
    return dashboard.widgets.map((w) => ({
      title: w.title,
      columns: (w.report?.columns ?? []).map((c) => ({
        ...c,
        format: c.format ?? undefined,
        labelKey: c.labelKey ?? undefined,
      })) as SummarySection['columns'],
      rows: (w.report?.rows ?? []) as SummarySection['rows'],
      total: w.report?.total ?? 0,
      ...(w.report ? {} : { error: w.error?.message ?? '' }),
    }));
  }
}

/** The projects a recipient sees, for one run each: the company's for admins, his own for project staff. */
function projectsOf(actor: Actor, projects: readonly { id: string; name: string }[]): { id: string; name: string }[] {
  if (actor.roles.includes('admin')) return [...projects];
  return projects.filter((p) => actor.projectIds.includes(p.id));
}

function message(input: {
  scheduled: Scheduled;
  occurrence: Date;
  userId: string;
  project: { id: string; name: string } | undefined;
  sections: SummarySection[];
}): unknown {
  const { scheduled, occurrence, userId, project, sections } = input;
  const { schedule, definition } = scheduled;
  const zone = schedule.timeZone ?? DEFAULT_REPORT_TIME_ZONE;
  const period = DateTime.fromJSDate(occurrence, { zone }).toFormat('yyyy-MM-dd HH:mm');
  const name = localize(definition.name, 'zh-CN');
  const title = project ? `定时报表：${name}（${project.name}）` : `定时报表：${name}`;
  const reference = {
    kind: scheduled.kind,
    key: definition.key,
    params: schedule.params ?? {},
    ...(project ? { projectId: project.id } : {}),
  };
  return {
    channels: schedule.channels,
    input: {
      recipients: schedule.channels.includes('inApp') ? [userId] : [],
      recipient: userId,
      title,
      body: summaryBody({ period, sections, reference }),
      report: { ...reference, occurrence: occurrence.toISOString() },
    },
  };
}

async function write(session: WriteSession, messages: readonly unknown[]): Promise<void> {
  if (messages.length === 0) return;
  await session.system({ sql: 'begin', bindings: [] });
  try {
    await session.system({ sql: OUTBOX_SQL, bindings: [JSON.stringify(messages)] });
    await session.system({ sql: WAKE_SQL, bindings: [JOB.deliverOutbox, OUTBOX_JOB_KEY] });
    await session.system({ sql: 'commit', bindings: [] });
  } catch (error) {
    await session.system({ sql: 'rollback', bindings: [] });
    throw error;
  }
}

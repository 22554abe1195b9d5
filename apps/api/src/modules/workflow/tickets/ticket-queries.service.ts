import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '../../../common/database/tenant-database.service';
import { sqlDate, sqlDateOrNull } from '../../../common/database/sql-date.util';
import { SystemDatabase } from '../../../common/database/system-database.service';
import { AppError } from '../../../common/errors/app-error';
import { pageOf, pageWithTotal, type PageInput } from '../../../common/graphql/page.input';
import { DataScope } from '../../../common/scope/data-scope.service';
import { assertUuid } from '../../../common/validation/uuid.util';
import { InstanceAccess } from '../access/instance-access.service';
import { UserNames } from '../access/user-names.service';
import { StatusLabels } from './status-labels.service';
import type { TicketFilterInput, TicketObject, TicketPageObject, TrackedTicketObject } from './ticket.object';

interface TicketRow {
  instance_id: string;
  tenant_id: string | null;
  number: string;
  process_key: string;
  status: string | null;
  status_dictionary: string | null;
  project_id: string | null;
  building_id: string | null;
  unit_id: string | null;
  category: string | null;
  urgency: string | null;
  title: string | null;
  assignee: string | null;
  team: string | null;
  estimated_cost: string | null;
  rating: number | null;
  contact_phone: string | null;
  created_at: Date | string;
  sla_due_at: Date | string | null;
  closed_at: Date | string | null;
  dispatch_explanation: unknown;
  fields: unknown;
}

interface TimelineRow {
  instance_id: string;
  status: string;
  at: Date | string;
  actor: string;
  note: string | null;
}

/** Mainland numbers compare without spaces, dashes or the +86 / 0086 country code. */
export function normalizePhone(phone: string): string {
  return phone.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
}

/** Ticket lists and details in the caller's scope, and the public, phone-checked tracking view. */
@Injectable()
export class TicketQueries {
  constructor(
    private readonly db: TenantDatabase,
    private readonly system: SystemDatabase,
    private readonly scope: DataScope,
    private readonly access: InstanceAccess,
    private readonly names: UserNames,
    private readonly labels: StatusLabels,
  ) {}

  async list(filter: TicketFilterInput | undefined, page: PageInput | undefined): Promise<TicketPageObject> {
    const visible = this.access.visibleCondition();
    const where = [visible.sql];
    const params: unknown[] = [...visible.params];
    const equal = (column: string, value: string | undefined, uuid = false) => {
      if (value === undefined || value === null) return;
      if (uuid) assertUuid(`filter.${column}`, value);
      where.push(`t.${column} = ?${uuid ? '::uuid' : ''}`);
      params.push(value);
    };
    equal('status', filter?.status);
    equal('project_id', filter?.projectId, true);
    equal('unit_id', filter?.unitId, true);
    equal('category', filter?.category);
    if (filter?.assignedToMe) equal('assignee', this.scope.actor.userId);
    if (filter?.numberPrefix) {
      where.push(`t.number like ? || '%'`);
      params.push(filter.numberPrefix.replace(/[%_\\]/g, ''));
    }
    const { rows, total } = await pageWithTotal(pageOf(page), (limit, offset) =>
      this.db.transaction((em) =>
        em.execute<(TicketRow & { total: string })[]>(
          `select t.*, count(*) over () as total
             from ticket t join process_instance i on i.id = t.instance_id
            where ${where.join(' and ')} order by t.created_at desc, t.number desc limit ? offset ?`,
          [...params, limit, offset],
        ),
      ),
    );
    return { items: await this.objects(rows), total };
  }

  /** The tickets of these instances that the caller may see (a report's drill-down page), newest first. */
  async ofInstances(instanceIds: readonly string[]): Promise<TicketObject[]> {
    if (instanceIds.length === 0) return [];
    const visible = this.access.visibleCondition();
    const rows = await this.db.transaction((em) =>
      em.execute<TicketRow[]>(
        `select t.* from ticket t join process_instance i on i.id = t.instance_id
          where t.instance_id = any(array(select jsonb_array_elements_text(?::jsonb)::uuid)) and ${visible.sql}
          order by t.created_at desc, t.number desc`,
        [JSON.stringify(instanceIds), ...visible.params],
      ),
    );
    return this.objects(rows);
  }

  async one(number: string): Promise<TicketObject> {
    const visible = this.access.visibleCondition();
    const [row] = await this.db.transaction((em) =>
      em.execute<TicketRow[]>(
        `select t.* from ticket t join process_instance i on i.id = t.instance_id where t.number = ? and ${visible.sql}`,
        [number, ...visible.params],
      ),
    );
    if (!row) throw AppError.notVisible('ticket', number);
    const [ticket] = await this.objects([row]);
    return ticket!;
  }

  /**
   * 查进度: anyone with the ticket number and the contact phone it was filed with. Both wrong and unknown answer the
   * same NOT_FOUND. Only statuses and times, and the engineer's display name: no notes, no staff contacts.
   */
  async track(number: string, phone: string): Promise<TrackedTicketObject> {
    const [row] = await this.system.execute<TicketRow>(`select * from ticket where number = ?`, [number]);
    if (!row || !row.contact_phone || normalizePhone(row.contact_phone) !== normalizePhone(phone))
      throw new AppError('scope.notVisible', 'not-found', `No ticket ${number} with that phone number`, 'number');
    const timeline = await this.system.execute<TimelineRow>(
      `select instance_id, status, at, actor, null as note from ticket_timeline where instance_id = ?::uuid order by id`,
      [row.instance_id],
    );
    const label = await this.labels.labeller();
    const status = row.status ? label(row.status_dictionary, row.status) : null;
    const [engineer] = row.assignee
      ? await this.system.execute<{ display_name: string }>(
          // Engineers only: while finance approves or the owner confirms, nobody is named (no staff contacts).
          `select display_name from app_user where id::text = ? and tenant_id is not distinct from ?::uuid
              and 'engineer' = any(roles)`,
          [row.assignee, row.tenant_id],
        )
      : [];
    return {
      number: row.number,
      status: row.status,
      statusLabel: status?.zh ?? null,
      statusLabelEn: status?.en ?? null,
      createdAt: sqlDate(row.created_at),
      engineerName: engineer?.display_name ?? null,
      timeline: timeline.map((e) => {
        const l = label(row.status_dictionary, e.status);
        return { status: e.status, statusLabel: l.zh, statusLabelEn: l.en, at: sqlDate(e.at) };
      }),
      stages: await this.labels.stages(row.status_dictionary),
    };
  }

  private async objects(rows: readonly TicketRow[]): Promise<TicketObject[]> {
    if (rows.length === 0) return [];
    const timeline = await this.db.transaction((em) =>
      em.execute<TimelineRow[]>(
        `select instance_id, status, at, actor, note from ticket_timeline
          where instance_id = any(array(select jsonb_array_elements_text(?::jsonb)::uuid)) order by id`,
        [JSON.stringify(rows.map((r) => r.instance_id))],
      ),
    );
    const names = await this.names.refs([...rows.map((r) => r.assignee), ...timeline.map((e) => e.actor)]);
    const label = await this.labels.labeller();
    const staff = this.scope.isStaff();
    return rows.map((r) => {
      const status = r.status ? label(r.status_dictionary, r.status) : null;
      return {
        number: r.number,
        status: r.status,
        statusLabel: status?.zh ?? null,
        statusLabelEn: status?.en ?? null,
        processKey: r.process_key,
        processInstanceId: r.instance_id,
        projectId: r.project_id,
        buildingId: r.building_id,
        unitId: r.unit_id,
        category: r.category,
        urgency: r.urgency,
        title: r.title,
        assignee: r.assignee ? (names.get(r.assignee) ?? null) : null,
        team: r.team,
        estimatedCost: r.estimated_cost === null ? null : Number(r.estimated_cost),
        rating: r.rating,
        createdAt: sqlDate(r.created_at),
        slaDueAt: sqlDateOrNull(r.sla_due_at),
        closedAt: sqlDateOrNull(r.closed_at),
        dispatchExplanation: staff ? r.dispatch_explanation : null,
        fields: r.fields,
        timeline: timeline
          .filter((e) => e.instance_id === r.instance_id)
          .map((e) => {
            const l = label(r.status_dictionary, e.status);
            const actorName = names.get(e.actor)?.displayName ?? e.actor;
            return {
              status: e.status,
              statusLabel: l.zh,
              statusLabelEn: l.en,
              at: sqlDate(e.at),
              actorName,
              note: staff ? e.note : null,
            };
          }),
      };
    });
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { IncidentStatus } from '@anxin/persistence';
import { ActorContext } from '../../common/context/actor-context.service';
import { TenantDatabase } from '../../common/database/tenant-database.service';
import { pageOf, type PageInput } from '../../common/graphql/page.input';
import { isUuid } from '../../common/validation/uuid.util';
import { RuntimeError } from '../../engine-runtime/runtime-error';
import { IncidentService } from '../../engine-worker/incident.service';
import type { IncidentObject } from './dtos/incident.object';

interface IncidentRow {
  id: string;
  job_name: string;
  action: string | null;
  instance_id: string | null;
  element_id: string | null;
  error: string;
  status: IncidentStatus;
  created_at: Date | string;
  resolved_at: Date | string | null;
}

// An incident belongs to the company of its instance (process_instance.tenant_id, under RLS in the tenant
// transaction; the explicit condition says the same). Incidents of no instance (a housekeeping job) belong to no
// company: operators see them in the log and metrics. Supervisors see every project's incidents of the company.
const VISIBLE = `select i.id, i.job_name, i.payload->>'action' as action, i.instance_id, i.element_id, i.error,
    i.status, i.created_at, i.resolved_at
  from incident i
  join process_instance pi on pi.id = i.instance_id and pi.tenant_id = ?::uuid`;

/** Incidents of the caller's company, for admins and supervisors, and their retry. */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly actors: ActorContext,
    private readonly incidents: IncidentService,
  ) {}

  /** Newest first. */
  list(options: { status?: IncidentStatus; page?: PageInput } = {}): Promise<IncidentObject[]> {
    const { limit, offset } = pageOf(options.page);
    const tenantId = this.actors.require().tenantId;
    return this.db.transaction((em) =>
      this.rows(em, `${VISIBLE} where i.status = ? order by i.created_at desc, i.id limit ? offset ?`, [
        tenantId,
        options.status ?? 'open',
        limit,
        offset,
      ]),
    );
  }

  /**
   * Runs the incident's job again (fresh attempts) and marks it resolved; NOT_FOUND outside the caller's company,
   * CONFLICT when it is already resolved.
   */
  async retry(id: string): Promise<IncidentObject> {
    await this.visible(id);
    await this.incidents.retry(id);
    return this.visible(id);
  }

  private async visible(id: string): Promise<IncidentObject> {
    if (!isUuid(id)) throw RuntimeError.incidentNotFound(id);
    const tenantId = this.actors.require().tenantId;
    const [found] = await this.db.transaction((em) => this.rows(em, `${VISIBLE} where i.id = ?`, [tenantId, id]));
    if (!found) throw RuntimeError.incidentNotFound(id);
    return found;
  }

  private async rows(em: EntityManager, sql: string, params: unknown[]): Promise<IncidentObject[]> {
    return (await em.execute<IncidentRow[]>(sql, params)).map(toObject);
  }
}

function toObject(row: IncidentRow): IncidentObject {
  return {
    id: row.id,
    jobName: row.job_name,
    action: row.action,
    processInstanceId: row.instance_id,
    elementId: row.element_id,
    error: row.error.split('\n', 1)[0] ?? '',
    status: row.status,
    createdAt: new Date(row.created_at),
    resolvedAt: row.resolved_at ? new Date(row.resolved_at) : null,
  };
}

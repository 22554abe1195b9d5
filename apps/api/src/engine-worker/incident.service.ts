import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { Incident, type IncidentStatus } from '@anxin/persistence';
import { RuntimeError } from '../engine-runtime/runtime-error';
import { RUNTIME_OPTIONS, type RuntimeOptions } from '../engine-runtime/runtime-options';
import { retryJobSpec } from './retry-job-spec.util';

/** A job that failed for good, as the worker reports it. */
export interface IncidentReport {
  readonly jobName: string;
  readonly payload: unknown;
  readonly error: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Resolves the incident and adds its job again in one statement: a retry is never lost nor doubled.
const RETRY_SQL = `with resolved as (
  update incident set status = 'resolved', resolved_at = now() where id = ?::uuid and status = 'open' returning id
), added as (
  select graphile_worker.add_job(identifier => ?, payload => ?::json, job_key => ?::text, max_attempts => ?::int)
  from resolved
)
select (select count(*) from resolved)::int as resolved, (select count(*) from added)::int as added`;

/**
 * Incidents: actions and jobs that failed after their retries (or could never succeed), kept with their error
 * and payload so an operator can see them and, once the cause is fixed, retry them.
 */
@Injectable()
export class IncidentService {
  constructor(
    private readonly em: EntityManager,
    @Inject(RUNTIME_OPTIONS) private readonly runtimeOptions: RuntimeOptions,
  ) {}

  /** Incidents with this status, oldest first. */
  async list(status: IncidentStatus = 'open'): Promise<Incident[]> {
    return this.em.fork().find(Incident, { status }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** Records a job that failed for good; the instance and element come from its payload when it names them. */
  async raise(report: IncidentReport): Promise<string> {
    const payload = isObject(report.payload) ? report.payload : { value: report.payload };
    const instanceId = stringField(payload, 'instanceId');
    const elementId = stringField(payload, 'elementId');
    const id = randomUUID();
    await this.em.fork().insert(Incident, {
      id,
      jobName: report.jobName,
      ...(instanceId && UUID.test(instanceId) ? { instanceId } : {}),
      ...(elementId ? { elementId } : {}),
      error: report.error,
      payload,
      status: 'open',
      createdAt: new Date(),
    });
    return id;
  }

  /** Adds the incident's job again, as it was (fresh attempts), and marks the incident resolved. */
  async retry(incidentId: string): Promise<void> {
    if (!UUID.test(incidentId)) throw RuntimeError.incidentNotFound(incidentId);
    const em = this.em.fork();
    const incident = await em.findOne(Incident, { id: incidentId });
    if (!incident) throw RuntimeError.incidentNotFound(incidentId);
    if (incident.status !== 'open') throw RuntimeError.incidentNotOpen(incidentId);
    const spec = retryJobSpec(incident.jobName, incident.payload, this.runtimeOptions.actionMaxAttempts);
    const [row] = await em.execute<{ resolved: number }[]>(RETRY_SQL, [
      incidentId,
      incident.jobName,
      JSON.stringify(incident.payload),
      spec.jobKey,
      spec.maxAttempts,
    ]);
    // Another operator retried it between the read and the write.
    if (row?.resolved !== 1) throw RuntimeError.incidentNotOpen(incidentId);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(payload: Record<string, unknown>, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

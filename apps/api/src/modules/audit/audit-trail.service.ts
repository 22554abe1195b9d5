import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { type AuditLogRow, PendingAudit } from '../../common/audit/pending-audit';
import { ActorContext } from '../../common/context/actor-context.service';
import { SystemDatabase } from '../../common/database/system-database.service';
import { TenantDatabase } from '../../common/database/tenant-database.service';
import { pageOf, pageWithTotal, type PageInput } from '../../common/graphql/page.input';
import { assertUuid } from '../../common/validation/uuid.util';
import { summarizeInput } from './audit-summary.util';
import type { AuditEntryObject, AuditLogFilterInput } from './dtos/audit-entry.object';

export interface AuditRecord {
  readonly operation: string;
  readonly args: Record<string, unknown>;
  readonly targetId: string | undefined;
  /** `ok` or the GraphQL error code. */
  readonly outcome: string;
}

interface EntryRow {
  id: string;
  at: Date | string;
  actor_id: string | null;
  actor_name: string | null;
  operation: string;
  target_id: string | null;
  summary: object;
  outcome: string;
  ip: string | null;
  total: string;
}

/**
 * Writes and reads the audit log. Writing is one INSERT as system work (a failed login has no tenant yet), or, for
 * a mutation whose change is one engine step, part of that step's statement ({@link open}); it names the actor and
 * tenant of the request when there is one. Reading is a tenant transaction (RLS), for admins.
 */
@Injectable()
export class AuditTrail {
  private readonly logger = new Logger(AuditTrail.name);

  constructor(
    private readonly system: SystemDatabase,
    private readonly tenants: TenantDatabase,
    private readonly context: ActorContext,
  ) {}

  /**
   * Opens the `ok` row of the mutation about to run, for an engine step to write in its own statement
   * ({@link PendingAudit}); {@link close} ends it. Needs an actor (the row names his tenant).
   */
  open(entry: Omit<AuditRecord, 'outcome'>): PendingAudit | undefined {
    if (!this.context.current()) return undefined;
    const audit = new PendingAudit({ ...this.rowOf({ ...entry, outcome: 'ok' }), outcome: 'ok' });
    this.context.setPendingAudit(audit);
    return audit;
  }

  close(audit: PendingAudit | undefined): void {
    if (audit && this.context.pendingAudit() === audit) this.context.setPendingAudit(undefined);
  }

  /** Never fails the caller: the mutation has already happened; a lost audit row is logged as an error. */
  async record(entry: AuditRecord): Promise<void> {
    const row = this.rowOf(entry);
    try {
      await this.system.execute(
        `insert into audit_log (id, tenant_id, actor_id, operation, target_id, summary, outcome, ip, at)
         values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, now())`,
        [
          row.id,
          row.tenant_id,
          row.actor_id,
          row.operation,
          row.target_id,
          JSON.stringify(row.summary),
          row.outcome,
          row.ip,
        ],
      );
    } catch (error) {
      this.logger.error(`audit row for ${entry.operation} not written: ${String(error)}`);
    }
  }

  private rowOf(entry: AuditRecord): Omit<AuditLogRow, 'outcome'> & { outcome: string } {
    const actor = this.context.current();
    return {
      id: randomUUID(),
      tenant_id: actor?.tenantId ?? null,
      actor_id: actor?.userId ?? null,
      operation: entry.operation,
      target_id: entry.targetId ?? null,
      summary: summarizeInput(entry.args),
      outcome: entry.outcome,
      ip: this.context.ip() ?? null,
    };
  }

  async list(
    filter: AuditLogFilterInput = {},
    page?: PageInput,
  ): Promise<{ items: AuditEntryObject[]; total: number }> {
    if (filter.actorId) assertUuid('filter.actorId', filter.actorId);
    const tenantId = this.context.require().tenantId;
    const { rows, total } = await this.tenants.transaction((em) =>
      pageWithTotal(pageOf(page), (limit, offset) =>
        em.execute<EntryRow[]>(
          `select a.id, a.at, a.actor_id, u.display_name as actor_name, a.operation, a.target_id, a.summary, a.outcome,
                a.ip, count(*) over () as total
           from audit_log a left join app_user u on u.id = a.actor_id
          where a.tenant_id = ?
            and (?::uuid is null or a.actor_id = ?::uuid) and (?::text is null or a.operation = ?)
            and (?::text is null or a.target_id = ?)
            and (?::timestamptz is null or a.at >= ?) and (?::timestamptz is null or a.at < ?)
          order by a.at desc, a.id limit ? offset ?`,
          [
            tenantId,
            ...twice(filter.actorId),
            ...twice(filter.operation),
            ...twice(filter.targetId),
            ...twice(filter.from),
            ...twice(filter.to),
            limit,
            offset,
          ],
        ),
      ),
    );
    return { items: rows.map(toEntry), total };
  }
}

const twice = (value: unknown) => [value ?? null, value ?? null];

function toEntry(row: EntryRow): AuditEntryObject {
  return {
    id: row.id,
    at: new Date(row.at),
    actor: row.actor_id ? { id: row.actor_id, displayName: row.actor_name ?? '' } : null,
    operation: row.operation,
    targetId: row.target_id,
    summary: row.summary,
    outcome: row.outcome,
    ip: row.ip,
  };
}

/** An `audit_log` row as an engine step's statement inserts it (`at` is the statement's `now()`). */
export interface AuditLogRow {
  readonly id: string;
  readonly tenant_id: string | null;
  readonly actor_id: string | null;
  readonly operation: string;
  readonly target_id: string | null;
  readonly summary: Record<string, unknown>;
  /** Always `ok`: the row is only written with the step that made the change. */
  readonly outcome: 'ok';
  readonly ip: string | null;
}

/**
 * The audit row the running mutation owes, opened by the audit interceptor before its resolver runs. A service whose
 * engine step is the whole change of the mutation (a task command) hands it to that step, which inserts it in its
 * own statement: the row then commits, or not, with the change ({@link markWritten}). When no step wrote it (an
 * error, a replay, a mutation without a step), the interceptor writes the row itself after the resolver, as before.
 */
export class PendingAudit {
  private done = false;
  private claimed = false;

  constructor(readonly row: AuditLogRow) {}

  /**
   * The row for the step that is the change to `targetId`, once: undefined when the row names another target or a
   * step has claimed it already (a mutation's audit row goes into one step at most; the rest is the interceptor's).
   */
  claim(targetId: string): PendingAudit | undefined {
    if (this.claimed || this.row.target_id !== targetId) return undefined;
    this.claimed = true;
    return this;
  }

  /** True once a committed step statement carried the row. */
  get written(): boolean {
    return this.done;
  }

  markWritten(): void {
    this.done = true;
  }
}

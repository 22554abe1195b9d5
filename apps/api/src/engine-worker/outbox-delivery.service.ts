import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { JsonValue } from '@anxin/rules';
import { NOTIFICATION_CHANNEL, type NotificationChannel } from './notification-channel.port';
import { WORKER_OPTIONS, type WorkerOptions } from './worker-options';

/** What one delivery run did; `retryAt` is set when messages failed but have attempts left. */
export interface OutboxReport {
  readonly delivered: number;
  readonly failed: number;
  readonly retrying: number;
  readonly retryAt?: Date;
}

interface ClaimedRow {
  id: string;
  instance_id: string | null;
  kind: string;
  payload: JsonValue;
  attempts: number;
}

interface Result {
  id: string;
  ok: boolean;
  error: string | null;
}

// Pending rows after the cursor (first attempts only, unless this is a retry run), locked for this transaction;
// rows another worker holds are skipped, not awaited.
const CLAIM_SQL = `select id, instance_id, kind, payload, attempts from outbox
  where status = 'pending' and id > ?::bigint and (attempts = 0 or ?::boolean)
  order by id limit ? for update skip locked`;

const MARK_SQL = `update outbox o set
    attempts = o.attempts + 1,
    status = case when r.ok then 'delivered' when o.attempts + 1 >= ? then 'failed' else 'pending' end,
    delivered_at = case when r.ok then now() else null end,
    last_error = case when r.ok then o.last_error else r.error end
  from jsonb_to_recordset(?::jsonb) as r(id bigint, ok boolean, error text)
  where o.id = r.id
  returning o.status, o.attempts`;

/**
 * Delivers pending outbox rows through the {@link NotificationChannel}, in batches claimed with
 * `for update skip locked` (so several workers share the work and never deliver a row twice at once). A run tries
 * each row at most once: a failure increments `attempts` and keeps `last_error`; after `outbox.maxAttempts` the
 * row is `failed`; otherwise the report asks for a retry run at `retryAt`. Ordinary runs (woken by every step that
 * writes messages) only make first attempts, so a step never brings a backed-off retry forward.
 */
@Injectable()
export class OutboxDelivery {
  constructor(
    private readonly em: EntityManager,
    @Inject(NOTIFICATION_CHANNEL) private readonly channel: NotificationChannel,
    @Inject(WORKER_OPTIONS) private readonly options: WorkerOptions,
  ) {}

  async deliverPending(run: { retries: boolean; now?: Date }): Promise<OutboxReport> {
    const { batchSize } = this.options.outbox;
    const totals = { delivered: 0, failed: 0, retrying: 0, fewestAttempts: Number.POSITIVE_INFINITY };
    let after = '0';
    for (;;) {
      const claimed = await this.em.fork().transactional((tx) => this.deliverBatch(tx, { after, run }, totals));
      const last = claimed.at(-1);
      if (!last || claimed.length < batchSize) break;
      after = last.id;
    }
    const { fewestAttempts, ...counts } = totals;
    if (counts.retrying === 0) return counts;
    const now = run.now ?? new Date();
    return { ...counts, retryAt: new Date(now.getTime() + this.retryDelay(fewestAttempts)) };
  }

  private async deliverBatch(
    tx: EntityManager,
    { after, run }: { after: string; run: { retries: boolean } },
    totals: { delivered: number; failed: number; retrying: number; fewestAttempts: number },
  ): Promise<ClaimedRow[]> {
    const { batchSize, maxAttempts } = this.options.outbox;
    const rows = await tx.execute<ClaimedRow[]>(CLAIM_SQL, [after, run.retries, batchSize]);
    if (rows.length === 0) return rows;
    const results: Result[] = [];
    for (const row of rows) results.push(await this.deliverOne(row));
    const marked = await tx.execute<{ status: string; attempts: number }[]>(MARK_SQL, [
      maxAttempts,
      JSON.stringify(results),
    ]);
    for (const row of marked) {
      if (row.status === 'delivered') totals.delivered += 1;
      else if (row.status === 'failed') totals.failed += 1;
      else {
        totals.retrying += 1;
        totals.fewestAttempts = Math.min(totals.fewestAttempts, row.attempts);
      }
    }
    return rows;
  }

  private async deliverOne(row: ClaimedRow): Promise<Result> {
    try {
      await this.channel.deliver({
        id: String(row.id),
        instanceId: row.instance_id,
        kind: row.kind,
        payload: row.payload,
        attempt: row.attempts + 1,
      });
      return { id: row.id, ok: true, error: null };
    } catch (error) {
      return { id: row.id, ok: false, error: (error instanceof Error ? error.message : String(error)).slice(0, 2000) };
    }
  }

  /** Exponential: `retryDelayMs` after the first failure, doubling, capped at `maxRetryDelayMs`. */
  private retryDelay(attempts: number): number {
    const { retryDelayMs, maxRetryDelayMs } = this.options.outbox;
    return Math.min(retryDelayMs * 2 ** Math.max(0, attempts - 1), maxRetryDelayMs);
  }
}

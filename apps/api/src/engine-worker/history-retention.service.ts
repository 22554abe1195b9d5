import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { WORKER_OPTIONS, type WorkerOptions } from './worker-options';

export interface PurgeReport {
  readonly historyEvents: number;
  readonly commandRequests: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 5_000;

// The trail of an instance goes only once the instance ended before the horizon, and then whole: a running
// instance keeps all of its history, however old.
const PURGE_HISTORY_SQL = `with doomed as (
  select h.id from history_event h join process_instance i on i.id = h.instance_id
  where h.at < ?::timestamptz and i.ended_at < ?::timestamptz
  limit ?
), gone as (
  delete from history_event where id in (select id from doomed) returning 1
)
select count(*)::int as deleted from gone`;

const PURGE_REQUESTS_SQL = `with doomed as (
  select request_id from command_request where created_at < ?::timestamptz limit ?
), gone as (
  delete from command_request where request_id in (select request_id from doomed) returning 1
)
select count(*)::int as deleted from gone`;

/**
 * The retention job: deletes the history of instances that ended more than `historyRetentionDays` ago and the
 * idempotency records older than `commandRequestRetentionDays`, in batches so no statement holds locks for long.
 */
@Injectable()
export class HistoryRetention {
  constructor(
    private readonly em: EntityManager,
    @Inject(WORKER_OPTIONS) private readonly options: WorkerOptions,
  ) {}

  async purge(now: Date): Promise<PurgeReport> {
    const historyHorizon = new Date(now.getTime() - this.options.historyRetentionDays * DAY_MS);
    const requestHorizon = new Date(now.getTime() - this.options.commandRequestRetentionDays * DAY_MS);
    const historyEvents = await this.deleteInBatches(PURGE_HISTORY_SQL, [historyHorizon, historyHorizon]);
    const commandRequests = await this.deleteInBatches(PURGE_REQUESTS_SQL, [requestHorizon]);
    return { historyEvents, commandRequests };
  }

  private async deleteInBatches(sql: string, params: Date[]): Promise<number> {
    let total = 0;
    for (;;) {
      const [row] = await this.em.fork().execute<{ deleted: number }[]>(sql, [...params, BATCH] as never[]);
      const deleted = row?.deleted ?? 0;
      total += deleted;
      if (deleted < BATCH) return total;
    }
  }
}

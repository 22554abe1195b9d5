import { Inject, Injectable } from '@nestjs/common';
import type { WorkerEvents } from 'graphile-worker';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { WORKER_OPTIONS, type WorkerOptions } from './worker-options';

// Jobs locked by a worker that is not beating (crashed, or never beat) and locked long enough ago that a live
// worker would have beaten since. Unlocking them lets any runner take them again at once. The locked jobs are read
// through our partial index `anxin_jobs_locked_by_index` (migrateJobQueue), not by scanning every pending job.
export const REAP_SQL = `select graphile_worker.force_unlock_workers(array(
  select distinct j.locked_by from graphile_worker._private_jobs j
   where j.locked_by is not null and j.locked_at < now() - make_interval(secs => $1 / 1000.0)
     and not exists (select 1 from worker_heartbeat h
                      where h.worker_id = j.locked_by and h.beat_at > now() - make_interval(secs => $1 / 1000.0))
)) as unlocked`;

/**
 * Heartbeats for this runner's graphile-worker pool, and the reaper of crashed ones: every few seconds each
 * runner marks its pool alive and unlocks the jobs of workers that stopped beating, so a worker killed with
 * SIGKILL loses its jobs to the others within `liveness.staleAfterMs` plus one interval, not four hours.
 */
@Injectable()
export class WorkerLiveness {
  private readonly workerIds = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private pool: Pool | undefined;

  constructor(
    @Inject(WORKER_OPTIONS) private readonly options: WorkerOptions,
    @InjectPinoLogger(WorkerLiveness.name) private readonly logger: PinoLogger,
  ) {}

  /** Starts beating for the workers `events` announces, on `pool`. */
  attach(events: WorkerEvents, pool: Pool): void {
    this.pool = pool;
    // graphile-worker 0.17 locks jobs in the name of the worker pool (its local queue fetches for all its workers).
    events.on('pool:create', ({ workerPool }) => {
      this.workerIds.add(workerPool.id);
      void this.tick();
    });
    events.on('pool:release', ({ workerPool }) => this.workerIds.delete(workerPool.id));
    this.timer = setInterval(() => void this.tick(), this.options.liveness.heartbeatIntervalMs);
    this.timer.unref();
  }

  /** Stops beating; a graceful stop deletes this runner's heartbeats (its workers released their jobs). */
  async detach(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    const ids = [...this.workerIds];
    this.workerIds.clear();
    if (ids.length > 0) {
      await this.pool
        ?.query('delete from worker_heartbeat where worker_id = any($1::text[])', [ids])
        .catch(() => undefined);
    }
    this.pool = undefined;
  }

  /** One beat and one reap; errors are logged, the next tick tries again. */
  async tick(): Promise<void> {
    const pool = this.pool;
    if (!pool) return;
    try {
      const ids = [...this.workerIds];
      if (ids.length > 0) {
        await pool.query(
          `insert into worker_heartbeat (worker_id, beat_at) select unnest($1::text[]), now()
           on conflict (worker_id) do update set beat_at = excluded.beat_at`,
          [ids],
        );
      }
      await pool.query(REAP_SQL, [this.options.liveness.staleAfterMs]);
      await pool.query(`delete from worker_heartbeat where beat_at < now() - interval '1 day'`);
    } catch (error) {
      this.logger.warn({ err: error }, 'worker heartbeat failed');
    }
  }
}

import { EventEmitter } from 'node:events';
import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { type JobHelpers, parseCronItems, run, type Runner, type TaskList, type WorkerEvents } from 'graphile-worker';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { Pool } from 'pg';
import { JOB, OUTBOX_JOB_KEY } from '../engine-runtime/step-plan';
import { ContributedJobs } from './contributed-jobs.service';
import { graphileLogger } from './graphile-logger.adapter';
import { IncidentService } from './incident.service';
import { describeError, failureVerdict } from './job-failure-policy.util';
import { HISTORY_RETENTION_JOB, JOB_WORKERS, type JobWorker } from './job-worker.type';
import { WorkerLiveness } from './worker-liveness.service';
import { batchingPreset, WORKER_OPTIONS, type WorkerOptions } from './worker-options';

/**
 * History retention daily at 03:15 UTC (a missed day is not caught up: the next run purges it anyway); an outbox
 * delivery run every minute, under the key the steps' wakes use, for rows whose process died before waking it.
 */
const CRONTAB = parseCronItems([
  {
    task: HISTORY_RETENTION_JOB,
    match: '15 3 * * *',
    identifier: HISTORY_RETENTION_JOB,
    options: { backfillPeriod: 0, maxAttempts: 3, jobKey: HISTORY_RETENTION_JOB },
  },
  {
    task: JOB.deliverOutbox,
    match: '* * * * *',
    identifier: 'anxin.outbox-sweep',
    options: { backfillPeriod: 0, maxAttempts: 25, jobKey: OUTBOX_JOB_KEY },
  },
]);

/**
 * The graphile-worker runner of this process (`ROLE=worker|all`): timers, service-task actions, call activities,
 * outbox delivery, the retention job and the jobs other modules contribute (`@ContributedJob`, e.g. reports). It has its own small pool (the jobs themselves use MikroORM, a fresh
 * EntityManager each), hears new jobs through LISTEN/NOTIFY, and stops gracefully before the database closes:
 * running jobs finish, no job stays locked. Heartbeats let other runners unlock a crashed runner's jobs
 * (`WorkerLiveness`).
 */
@Injectable()
export class EngineWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  /** graphile-worker's events of this runner (`job:success`, `job:error`, …), for metrics and tests. */
  readonly events = new EventEmitter() as WorkerEvents;
  private runner: Runner | undefined;
  private pool: Pool | undefined;

  constructor(
    @Inject(WORKER_OPTIONS) private readonly options: WorkerOptions,
    @Inject(JOB_WORKERS) private readonly workers: readonly JobWorker[],
    private readonly incidents: IncidentService,
    private readonly liveness: WorkerLiveness,
    private readonly contributed: ContributedJobs,
    @InjectPinoLogger(EngineWorker.name) private readonly logger: PinoLogger,
  ) {}

  get running(): boolean {
    return this.runner !== undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.runJobs) await this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async start(): Promise<void> {
    if (this.runner) return;
    const { concurrency } = this.options;
    const pool = new Pool({ connectionString: this.options.databaseUrl, max: concurrency + 2 });
    pool.on('error', (error) => this.logger.warn({ err: error }, 'an idle job-queue connection failed'));
    // A connection that fails while checked out must not crash the process either (graphile-worker checks both).
    pool.on('connect', (client) =>
      client.on('error', (error) => this.logger.warn({ err: error }, 'a job-queue connection failed')),
    );
    // Before run(): its workers announce themselves while it starts.
    this.liveness.attach(this.events, pool);
    try {
      this.runner = await run({
        pgPool: pool,
        concurrency,
        pollInterval: this.options.pollIntervalMs,
        noHandleSignals: true,
        logger: graphileLogger(this.logger.logger.child({ context: 'graphile-worker' })),
        events: this.events,
        taskList: this.taskList(),
        parsedCronItems: [...(this.options.scheduleCrontab ? CRONTAB : []), ...this.contributed.crontab()],
        preset: { worker: batchingPreset(this.options.batching) },
      });
    } catch (error) {
      await this.liveness.detach();
      await pool.end();
      throw error;
    }
    this.pool = pool;
    this.runner.promise.catch((error: unknown) => this.logger.fatal({ err: error }, 'the job worker stopped'));
    this.logger.info(`job worker started (concurrency ${concurrency})`);
  }

  /** Stops taking jobs, waits for the running ones, then closes the pool. Safe to call twice. */
  async stop(): Promise<void> {
    const { runner, pool } = this;
    this.runner = undefined;
    this.pool = undefined;
    if (runner) {
      // A runner that stopped itself on a fatal error refuses a second stop: it is stopped either way.
      await runner.stop().catch((error: unknown) => this.logger.debug({ err: error }, 'runner already stopped'));
      this.logger.info('job worker stopped');
    }
    await this.liveness.detach();
    await pool?.end();
  }

  private taskList(): TaskList {
    return Object.fromEntries(
      [...this.workers, ...this.contributed.all()].map((worker) => [
        worker.identifier,
        (payload: unknown, helpers: JobHelpers) => this.perform(worker, payload, helpers),
      ]),
    );
  }

  /** Runs a job under the failure policy: rethrow to retry, or record an incident and let the job complete. */
  private async perform(worker: JobWorker, payload: unknown, helpers: JobHelpers): Promise<void> {
    try {
      await worker.run(payload, helpers);
    } catch (error) {
      if (failureVerdict(error, helpers.job) === 'retry') throw error;
      const incidentId = await this.incidents.raise({
        jobName: worker.identifier,
        payload,
        error: describeError(error),
      });
      this.logger.error(
        { err: error, jobId: helpers.job.id, incidentId },
        `${worker.identifier} failed for good (attempt ${helpers.job.attempts} of ${helpers.job.max_attempts})`,
      );
    }
  }
}

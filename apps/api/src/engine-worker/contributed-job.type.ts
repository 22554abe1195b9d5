import { DiscoveryService } from '@nestjs/core';

/** How the engine worker runs a job another module contributes. */
export interface ContributedJobOptions {
  /**
   * A five-field cron (UTC) at which graphile-worker's crontab adds the job, with `backfillPeriod: 0` (a missed run is
   * not caught up) and the job's identifier as its job key (a run never overlaps a queued one). Without it the job
   * only runs when someone adds it.
   */
  readonly crontab?: string;
  /** Attempts before the failure policy makes an incident (default 1: a periodic job just runs again next time). */
  readonly maxAttempts?: number;
}

/**
 * Marks a provider implementing `JobWorker` as a job of the engine worker, from any module of the app, so the
 * engine worker never imports the modules that contribute jobs (reports, …): `@ContributedJob({ crontab: '* * * * *' })`
 * on an injectable listed in its own module's providers. Collected by `ContributedJobs` as action handlers are.
 */
export const ContributedJob = DiscoveryService.createDecorator<ContributedJobOptions>();

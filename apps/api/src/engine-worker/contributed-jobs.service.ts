import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { parseCronItems, type CronItem, type ParsedCronItem } from 'graphile-worker';
import { ContributedJob } from './contributed-job.type';
import type { JobWorker } from './job-worker.type';

/**
 * The jobs other modules contribute (`@ContributedJob`), and the crontab items of the periodic ones. Two jobs of one
 * identifier are a bug: the app refuses to start.
 */
@Injectable()
export class ContributedJobs implements OnModuleInit {
  private workers: JobWorker[] = [];
  private cronItems: CronItem[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const seen = new Set<string>();
    for (const wrapper of this.discovery.getProviders({ metadataKey: ContributedJob.KEY })) {
      const options = this.discovery.getMetadataByDecorator(ContributedJob, wrapper) ?? {};
      const worker = wrapper.instance as JobWorker | undefined;
      if (!worker || typeof worker.run !== 'function') continue;
      if (seen.has(worker.identifier)) throw new Error(`two jobs are contributed as "${worker.identifier}"`);
      seen.add(worker.identifier);
      this.workers.push(worker);
      if (options.crontab === undefined) continue;
      this.cronItems.push({
        task: worker.identifier,
        match: options.crontab,
        identifier: worker.identifier,
        options: { backfillPeriod: 0, maxAttempts: options.maxAttempts ?? 1, jobKey: worker.identifier },
      });
    }
  }

  all(): readonly JobWorker[] {
    return this.workers;
  }

  crontab(): ParsedCronItem[] {
    return parseCronItems(this.cronItems);
  }
}

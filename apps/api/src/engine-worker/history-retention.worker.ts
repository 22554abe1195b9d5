import { Injectable } from '@nestjs/common';
import type { JobHelpers } from 'graphile-worker';
import { HistoryRetention } from './history-retention.service';
import { HISTORY_RETENTION_JOB, type JobWorker } from './job-worker.type';

/** The daily crontab job: purge what the retention horizons allow. */
@Injectable()
export class HistoryRetentionWorker implements JobWorker {
  readonly identifier = HISTORY_RETENTION_JOB;

  constructor(private readonly retention: HistoryRetention) {}

  async run(_payload: unknown, helpers: JobHelpers): Promise<void> {
    const report = await this.retention.purge(new Date());
    helpers.logger.info(
      `history retention: ${report.historyEvents} history events, ${report.commandRequests} command requests purged`,
    );
  }
}

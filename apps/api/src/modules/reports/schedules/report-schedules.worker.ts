import { Injectable } from '@nestjs/common';
import type { JobHelpers } from 'graphile-worker';
import { ContributedJob } from '../../../engine-worker/contributed-job.type';
import type { JobWorker } from '../../../engine-worker/job-worker.type';
import { REPORT_SCHEDULES_JOB, ReportSchedules } from './report-schedules.service';

/** Every minute (graphile-worker crontab, no backfill, one queued run at most): due scheduled reports sent. */
@Injectable()
@ContributedJob({ crontab: '* * * * *' })
export class ReportSchedulesWorker implements JobWorker {
  readonly identifier = REPORT_SCHEDULES_JOB;

  constructor(private readonly schedules: ReportSchedules) {}

  async run(_payload: unknown, helpers: JobHelpers): Promise<void> {
    const outcomes = await this.schedules.runDue(new Date());
    for (const o of outcomes) {
      helpers.logger.info(`scheduled ${o.kind} ${o.key} (${o.occurrence}): ${o.outcome}, ${o.messages} messages`);
    }
  }
}

import { Injectable } from '@nestjs/common';
import type { JobHelpers } from 'graphile-worker';
import { ContributedJob } from '../../../engine-worker/contributed-job.type';
import type { JobWorker } from '../../../engine-worker/job-worker.type';
import { RollupMaintenance } from './rollup-maintenance.service';

/** The job key and task of rollup maintenance. */
export const REPORT_ROLLUPS_JOB = 'anxin.report-rollups';

/** Every minute (graphile-worker crontab, no backfill, one queued run at most): rollups brought up to date. */
@Injectable()
@ContributedJob({ crontab: '* * * * *' })
export class RollupMaintenanceWorker implements JobWorker {
  readonly identifier = REPORT_ROLLUPS_JOB;

  constructor(private readonly maintenance: RollupMaintenance) {}

  async run(_payload: unknown, helpers: JobHelpers): Promise<void> {
    const results = await this.maintenance.refreshAll(new Date());
    const worked = results.filter((r) => r.outcome !== 'refreshed' || r.days > 0);
    if (worked.length === 0) return;
    helpers.logger.info(
      `report rollups: ${worked.map((r) => `${r.dataset}/${r.rollup} ${r.outcome} (${r.days} days)`).join(', ')}`,
    );
  }
}

import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ContributedJob } from '../contributed-job.type';
import { ContributedJobs } from '../contributed-jobs.service';
import type { JobWorker } from '../job-worker.type';

@Injectable()
@ContributedJob({ crontab: '*/5 * * * *' })
class SweepJob implements JobWorker {
  readonly identifier = 'test.sweep';
  run() {
    return Promise.resolve();
  }
}

@Injectable()
@ContributedJob()
class OnDemandJob implements JobWorker {
  readonly identifier = 'test.on-demand';
  run() {
    return Promise.resolve();
  }
}

@Injectable()
@ContributedJob({ crontab: '* * * * *' })
class OtherSweepJob implements JobWorker {
  readonly identifier = 'test.sweep';
  run() {
    return Promise.resolve();
  }
}

async function jobsWith(...jobs: (new () => JobWorker)[]): Promise<ContributedJobs> {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [ContributedJobs, ...jobs],
  }).compile();
  await moduleRef.init();
  return moduleRef.get(ContributedJobs);
}

describe('ContributedJobs', () => {
  it('should collect the providers marked @ContributedJob, with crontab items for the periodic ones', async () => {
    // Given a periodic job and an on-demand one in some module, when the app starts
    const jobs = await jobsWith(SweepJob, OnDemandJob);
    // Then both are served, and only the periodic one is in the crontab: no backfill, its name as job key, 1 attempt
    expect(jobs.all().map((j) => j.identifier)).toEqual(['test.sweep', 'test.on-demand']);
    const [item, ...others] = jobs.crontab();
    expect(others).toEqual([]);
    expect(item).toMatchObject({
      task: 'test.sweep',
      identifier: 'test.sweep',
      options: { backfillPeriod: 0, jobKey: 'test.sweep', maxAttempts: 1 },
    });
  });

  it('should refuse to start with two jobs of one identifier', async () => {
    // Given two providers contributing `test.sweep`, when the app starts, then it refuses
    await expect(jobsWith(SweepJob, OtherSweepJob)).rejects.toThrow('two jobs are contributed as "test.sweep"');
  });
});

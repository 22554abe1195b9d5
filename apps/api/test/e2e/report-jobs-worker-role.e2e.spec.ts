import { ContributedJobs } from '../../src/engine-worker/contributed-jobs.service';
import { RollupMaintenance } from '../../src/modules/reports/rollups/rollup-maintenance.service';
import { type TestApp, startTestApp } from '../support/test-app';

describe('ROLE=worker: the report jobs', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ ROLE: 'worker' });
  });

  afterAll(() => testApp?.close());

  it('should run rollup maintenance and scheduled push in a worker-only process too', async () => {
    // Given a worker-only process (no GraphQL, no API modules)
    // When its engine worker lists the contributed jobs, and rollups are refreshed there
    const jobs = testApp.app.get(ContributedJobs).all();
    const refreshed = await testApp.app.get(RollupMaintenance).refreshAll();
    // Then the report jobs are there, and work (no dataset has rollups yet: nothing to do)
    expect(jobs.map((j) => j.identifier)).toEqual(['anxin.report-rollups', 'anxin.report-schedules']);
    expect(refreshed).toEqual([]);
  });
});

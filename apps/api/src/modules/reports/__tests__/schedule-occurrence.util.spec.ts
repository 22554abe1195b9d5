import type { ReportSchedule } from '@anxin/report-engine';
import { dueOccurrence, latestOccurrence } from '../schedules/schedule-occurrence.util';

const WEEKLY: ReportSchedule = {
  cron: '0 8 * * MON',
  timeZone: 'Asia/Shanghai',
  recipients: { roles: ['manager'] },
  channels: ['inApp'],
};
// Monday 2026-11-23 08:00 in Shanghai.
const OCCURRENCE = new Date('2026-11-23T00:00:00Z');
const at = (iso: string) => new Date(iso);

describe('schedule occurrences: which cron occurrence a run sends', () => {
  it('should read the cron in the schedule’s time zone, an occurrence at now included', () => {
    // When the latest occurrence at or before Monday 08:00 Shanghai, and just before it, is asked
    // Then it is that Monday at 08:00 Shanghai (00:00 UTC), else the Monday before
    expect(latestOccurrence(WEEKLY, OCCURRENCE)).toEqual(OCCURRENCE);
    expect(latestOccurrence(WEEKLY, at('2026-11-22T23:59:59Z'))).toEqual(at('2026-11-16T00:00:00Z'));
  });

  it('should send an occurrence that fell after the last run, once', () => {
    // Given the last run was the Monday before
    const last = at('2026-11-16T00:00:00Z');
    // When the runner looks at 08:01 and again after the run was stored
    // Then the occurrence is due once
    expect(dueOccurrence(WEEKLY, at('2026-11-23T00:01:00Z'), last)).toEqual(OCCURRENCE);
    expect(dueOccurrence(WEEKLY, at('2026-11-23T00:02:00Z'), OCCURRENCE)).toBeUndefined();
  });

  it('should send only the latest of several missed occurrences', () => {
    // Given a worker down for two weeks
    // When it looks again
    // Then only the latest Monday is due
    expect(dueOccurrence(WEEKLY, at('2026-11-24T03:00:00Z'), at('2026-11-09T00:00:00Z'))).toEqual(OCCURRENCE);
  });

  it('should send a schedule never run only within its grace period', () => {
    // Given a schedule never run
    // When the runner looks 10 minutes after an occurrence, and 3 hours after
    // Then it is due the first time, not the second (deploying it on Monday noon does not send Monday's report)
    expect(dueOccurrence(WEEKLY, at('2026-11-23T00:10:00Z'), undefined)).toEqual(OCCURRENCE);
    expect(dueOccurrence(WEEKLY, at('2026-11-23T03:00:00Z'), undefined)).toBeUndefined();
  });
});

import { CronExpressionParser } from 'cron-parser';
import { DEFAULT_REPORT_TIME_ZONE, type ReportSchedule } from '@anxin/report-engine';

/**
 * A schedule seen for the first time sends an occurrence at most this old: deploying a weekly report on Thursday
 * does not send Monday's, but a worker that was down a few minutes still sends the one it missed.
 */
export const FIRST_RUN_GRACE_MS = 15 * 60_000;

/** The latest occurrence of the schedule's cron at or before `now`, in its time zone. */
export function latestOccurrence(schedule: ReportSchedule, now: Date): Date {
  const expression = CronExpressionParser.parse(schedule.cron, {
    // prev() is strictly before its start: one millisecond later includes an occurrence at `now` itself.
    currentDate: new Date(now.getTime() + 1),
    tz: schedule.timeZone ?? DEFAULT_REPORT_TIME_ZONE,
  });
  return expression.prev().toDate();
}

/**
 * The occurrence to send now, if any: the latest one at or before `now` when it fell after the last run (only the
 * latest of several missed ones is sent), or, never run, within {@link FIRST_RUN_GRACE_MS}.
 */
export function dueOccurrence(schedule: ReportSchedule, now: Date, lastRunAt: Date | undefined): Date | undefined {
  const occurrence = latestOccurrence(schedule, now);
  const after = lastRunAt?.getTime() ?? now.getTime() - FIRST_RUN_GRACE_MS - 1;
  return occurrence.getTime() > after ? occurrence : undefined;
}

import { IANAZone } from 'luxon';
import type { ReportProblem } from '../model/report-problem.type';
import type { ReportParameter, ReportSchedule } from '../model/report.type';
import { coerceParam } from '../params/resolve-params';
import { pointer, reportProblem } from '../problems/report-problem.util';
import { DEFAULT_REPORT_TIME_ZONE } from '../dataset/dataset-index';
import { cronProblem } from './cron';

/**
 * Checks a schedule: a five-field cron, a known time zone, someone to send to, and parameter values that the
 * report (or dashboard) declares and that fit their types; required parameters need a value or a default.
 */
export function checkSchedule(
  schedule: ReportSchedule,
  path: string,
  parameters: readonly ReportParameter[],
): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const cron = cronProblem(schedule.cron);
  if (cron !== undefined) problems.push(reportProblem('INVALID_CRON', pointer(path, 'cron'), cron));
  const zone = schedule.timeZone ?? DEFAULT_REPORT_TIME_ZONE;
  if (!IANAZone.isValidZone(zone)) {
    problems.push(reportProblem('UNKNOWN_TIME_ZONE', pointer(path, 'timeZone'), `"${zone}" is not an IANA time zone.`));
  }
  const { roles = [], users = [] } = schedule.recipients;
  if (roles.length + users.length === 0) {
    problems.push(reportProblem('NO_RECIPIENTS', pointer(path, 'recipients'), 'Name at least one role or user.'));
  }
  if (new Set(schedule.channels).size !== schedule.channels.length) {
    problems.push(reportProblem('DUPLICATE_KEY', pointer(path, 'channels'), 'A channel is listed twice.'));
  }
  const params = schedule.params ?? {};
  for (const [key, value] of Object.entries(params)) {
    const parameter = parameters.find((p) => p.key === key);
    const at = pointer(path, 'params', key);
    if (!parameter) problems.push(reportProblem('UNKNOWN_PARAMETER', at, `No parameter "${key}".`));
    else problems.push(...coerceParam(parameter, value, zone, at).problems);
  }
  for (const parameter of parameters) {
    if (parameter.required && parameter.default === undefined && params[parameter.key] === undefined) {
      problems.push(
        reportProblem('REQUIRED_PARAMETER', pointer(path, 'params'), `The schedule must set "${parameter.key}".`),
      );
    }
  }
  return problems;
}

import { AppError } from '../../common/errors/app-error';
import type { Problem } from '../../common/errors/problem.type';

/** SQLSTATEs of a value PostgreSQL could not read as its type (a malformed uuid, date, number, time zone, a NUL). */
const BAD_VALUE_STATES = new Set(['22P02', '22007', '22008', '22003', '22021', '22023', '22009']);
const QUERY_CANCELED = '57014';

/** The errors of running reports, by named constructor. */
export const ReportErrors = {
  /** Unknown, or not for the caller: the same answer. */
  notFound: (kind: 'report' | 'dashboard', key: string): AppError =>
    new AppError('scope.notVisible', 'not-found', `No ${kind} "${key}"`, 'key'),

  /** Parameters or a clicked cell that do not fit the report: VALIDATION_FAILED with the problems. */
  invalidInput: (path: 'params' | 'cell' | 'page', problems: readonly Problem[]): AppError =>
    new AppError('report.invalidParams', 'invalid-submission', `The report's ${path === 'page' ? 'page' : path} ${path === 'page' ? 'is' : 'are'} invalid`, path, problems),

  /** A value PostgreSQL refused for its type (the checks let it through): the viewer's input, not a server fault. */
  invalidValue: (detail: string): AppError =>
    new AppError('report.invalidValue', 'user', `A value of the report's parameters is invalid: ${detail}`, 'params'),

  timeout: (ms: number): AppError =>
    new AppError(
      'report.timeout',
      'timeout',
      `The report took longer than ${ms / 1000} s and was stopped: narrow it (fewer days, one project) and run it again`,
    ),

  /** A deployed report that no longer plans (its dataset changed under it): a designer has to fix it. */
  definitionBroken: (key: string, problems: readonly Problem[]): AppError =>
    new AppError('report.definitionBroken', 'conflict', `The report "${key}" no longer fits its dataset`, 'key', problems),
};

/** A database error of a report query as the application error it is, or the error itself when it is a fault. */
export function reportErrorOf(error: unknown, timeoutMs: number): unknown {
  const state = (error as { code?: unknown } | null)?.code;
  if (state === QUERY_CANCELED) return ReportErrors.timeout(timeoutMs);
  if (typeof state === 'string' && BAD_VALUE_STATES.has(state)) {
    const message = error instanceof Error ? error.message.split(' - ').pop() : undefined;
    return ReportErrors.invalidValue(message ?? 'not readable as its type');
  }
  return error;
}

import { Logger, type LogLevel } from 'graphile-worker';
import type { Logger as Pino } from 'pino';

const PINO_LEVEL: Readonly<Record<string, 'error' | 'warn' | 'info' | 'debug'>> = {
  error: 'error',
  warning: 'warn',
  info: 'info',
  debug: 'debug',
};

/** graphile-worker's logger writing to pino, with its scope (worker, task, job ids) as fields. */
export function graphileLogger(pino: Pino): Logger {
  return new Logger((scope) => (level: LogLevel, message: string, meta?: Record<string, unknown>) => {
    const method = PINO_LEVEL[level as string] ?? 'info';
    if (!pino.isLevelEnabled(method)) return;
    pino[method]({ graphile: { ...scope }, ...fieldsOf(meta) }, message);
  });
}

/** The meta worth a log line: errors and job ids, not the worker and pool objects graphile-worker also passes. */
function fieldsOf(meta: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!meta) return {};
  const fields: Record<string, unknown> = {};
  if (meta['error'] !== undefined) fields['err'] = meta['error'];
  const job = meta['job'] as { id?: string; task_identifier?: string; attempts?: number } | undefined;
  if (job?.id) fields['job'] = { id: job.id, task: job.task_identifier, attempts: job.attempts };
  return fields;
}

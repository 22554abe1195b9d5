import { z } from 'zod';
import { isPostgresUrl } from '@anxin/persistence';

const whole = (message: string, min: number, max: number, fallback: number) =>
  z.coerce.number({ message }).int(message).min(min, message).max(max, message).default(fallback);

/** The environment variables of reports (merged into `appConfigSchema`). */
export const reportConfigSchema = z.object({
  REPORT_STATEMENT_TIMEOUT_MS: whole('must be a whole number of milliseconds from 100 to 600000', 100, 600_000, 15_000),
  REPORT_ROW_CAP: whole('must be a whole number of rows from 1 to 1000000', 1, 1_000_000, 10_000),
  REPORT_DATABASE_URL: z
    .string()
    .refine(isPostgresUrl, 'must be a postgres:// URL with a host and a database name')
    .optional(),
  REPORT_WEBHOOK_URL: z
    .string()
    .url('must be an http(s) URL')
    .refine((url) => /^https?:\/\//.test(url), 'must be an http(s) URL')
    .optional(),
});

export type ReportConfigInput = z.infer<typeof reportConfigSchema>;

export interface ReportConfig {
  /** A report query running longer is cancelled (`REPORT_TIMEOUT`). */
  readonly statementTimeoutMs: number;
  /** Most rows a report result has; more are cut and the result says `truncated`. */
  readonly rowCap: number;
  /** A read replica for report queries; unset: the main database. */
  readonly databaseUrl: string | undefined;
  /** Where scheduled reports with the `webhook` channel are POSTed; unset: that channel sends nothing. */
  readonly webhookUrl: string | undefined;
}

export function reportConfigFrom(value: ReportConfigInput): ReportConfig {
  return {
    statementTimeoutMs: value.REPORT_STATEMENT_TIMEOUT_MS,
    rowCap: value.REPORT_ROW_CAP,
    databaseUrl: value.REPORT_DATABASE_URL,
    webhookUrl: value.REPORT_WEBHOOK_URL,
  };
}

import path from 'node:path';
import { z } from 'zod';
import { isPostgresUrl } from '@anxin/persistence';

export const roles = ['api', 'worker', 'all'] as const;
export type Role = (typeof roles)[number];

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every environment variable the server reads, with its default. */
export const appConfigSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a whole number between 1 and 65535' })
    .int('must be a whole number between 1 and 65535')
    .min(1, 'must be a whole number between 1 and 65535')
    .max(65535, 'must be a whole number between 1 and 65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .refine(isPostgresUrl, 'must be a postgres:// URL with a host and a database name')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  ROLE: z.enum(roles, { message: `must be one of ${roles.join(', ')}` }).default('all'),
  LOG_LEVEL: z.enum(logLevels, { message: `must be one of ${logLevels.join(', ')}` }).default('info'),
  DESIGNER_DIR: z.string().min(1).optional(),
  WORKER_CONCURRENCY: z.coerce
    .number({ message: 'must be a whole number between 1 and 100' })
    .int('must be a whole number between 1 and 100')
    .min(1, 'must be a whole number between 1 and 100')
    .max(100, 'must be a whole number between 1 and 100')
    .default(4),
  HISTORY_RETENTION_DAYS: z.coerce
    .number({ message: 'must be a whole number of days, at least 1' })
    .int('must be a whole number of days, at least 1')
    .min(1, 'must be a whole number of days, at least 1')
    .default(3650),
});

export type AppConfig = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Where the embedded PostgreSQL keeps its cluster when no DATABASE_URL is given. */
  embeddedDataDir: string;
  role: Role;
  logLevel: (typeof logLevels)[number];
  /** Built designer to serve at `/`, if present. */
  designerDir: string;
  /** Jobs (timers, actions, deliveries) one worker process runs at once. */
  workerConcurrency: number;
  /** History of ended instances is purged this many days after they ended. */
  historyRetentionDays: number;
};

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; message: string };

/**
 * Reads and validates the configuration. A bad value yields one line naming the variable, e.g.
 * `Invalid configuration: PORT must be a whole number between 1 and 65535 (got "abc")`.
 */
export function loadConfig(env: Record<string, string | undefined>, cwd: string = process.cwd()): ConfigResult {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = appConfigSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'configuration');
    // Connection URLs may carry passwords: name the variable, never echo its value.
    const got = present[name] === undefined || name.endsWith('_URL') ? '' : ` (got ${JSON.stringify(present[name])})`;
    return { ok: false, message: `Invalid configuration: ${name} ${issue?.message ?? 'is invalid'}${got}` };
  }
  const value = parsed.data;
  return {
    ok: true,
    config: {
      port: value.PORT,
      host: value.HOST,
      databaseUrl: value.DATABASE_URL,
      embeddedDataDir: path.resolve(cwd, value.DATA_DIR, 'postgres'),
      role: value.ROLE,
      logLevel: value.LOG_LEVEL,
      designerDir: path.resolve(cwd, value.DESIGNER_DIR ?? 'dist/apps/designer'),
      workerConcurrency: value.WORKER_CONCURRENCY,
      historyRetentionDays: value.HISTORY_RETENTION_DAYS,
    },
  };
}

import path from 'node:path';
import { z } from 'zod';
import { isPostgresUrl } from '@anxin/persistence';
import { type FileConfig, fileConfigFrom, fileConfigRefusal, fileConfigSchema } from './file-config';
import { type ReportConfig, reportConfigFrom, reportConfigSchema } from './report-config';

export const roles = ['api', 'worker', 'all'] as const;
export type Role = (typeof roles)[number];

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const nodeEnvs = ['development', 'test', 'production'] as const;
/** `owasp`: argon2id m=19456 KiB, t=2, p=1. `test`: a cheap variant for test suites only, refused in production. */
const passwordHashings = ['owasp', 'test'] as const;

const perMinute = (name: string, fallback: number) =>
  z.coerce
    .number({ message: `must be a whole number of ${name} per minute, at least 1` })
    .int(`must be a whole number of ${name} per minute, at least 1`)
    .min(1, `must be a whole number of ${name} per minute, at least 1`)
    .default(fallback);

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
  NODE_ENV: z.enum(nodeEnvs, { message: `must be one of ${nodeEnvs.join(', ')}` }).default('development'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PASSWORD_HASHING: z
    .enum(passwordHashings, { message: `must be one of ${passwordHashings.join(', ')}` })
    .default('owasp'),
  AUTH_RATE_LIMIT: perMinute('attempts', 10),
  PUBLIC_RATE_LIMIT: perMinute('requests', 120),
  ACTOR_CACHE_SECONDS: z.coerce
    .number({ message: 'must be a whole number of seconds from 0 to 60' })
    .int('must be a whole number of seconds from 0 to 60')
    .min(0, 'must be a whole number of seconds from 0 to 60')
    .max(60, 'must be a whole number of seconds from 0 to 60')
    .default(5),
  SEED_DEMO_DATA: z.enum(['true', 'false'], { message: 'must be true or false' }).optional(),
  SEED_FILE: z.string().min(1).optional(),
  DEPLOY_DEFINITIONS: z.enum(['true', 'false'], { message: 'must be true or false' }).default('true'),
  // Above the 1 MB request body limit a larger value could never be reached.
  DEFINITION_MAX_BYTES: z.coerce
    .number({ message: 'must be a whole number of bytes from 1024 to 1048576' })
    .int('must be a whole number of bytes from 1024 to 1048576')
    .min(1024, 'must be a whole number of bytes from 1024 to 1048576')
    .max(1_048_576, 'must be a whole number of bytes from 1024 to 1048576')
    .default(524_288),
  ...fileConfigSchema.shape,
  ...reportConfigSchema.shape,
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
  /** `production` turns introspection and field suggestions off and requires JWT_SECRET. */
  nodeEnv: (typeof nodeEnvs)[number];
  /** Absolute DATA_DIR: the embedded cluster, and the generated JWT secret when JWT_SECRET is unset. */
  dataDir: string;
  /** HS256 key for access tokens; when unset (never in production) one is generated under `dataDir`. */
  jwtSecret: string | undefined;
  passwordHashing: (typeof passwordHashings)[number];
  /** Login / refresh attempts per minute per client address. */
  authRateLimit: number;
  /** Other public operations (health, ticket tracking) per minute per client address. */
  publicRateLimit: number;
  /**
   * How long (seconds) a process reuses the actor it loaded for a (tenant, user): a deactivated user or changed
   * roles, teams or projects take effect on requests within this bound. 0 loads the actor on every request.
   */
  actorCacheSeconds: number;
  /** Create the demo tenant (documented passwords!) on an empty database; by default only with the embedded one. */
  seedDemoData: boolean;
  /** The seed file of the demo company (absolute); undefined: definitions/seed/demo.seed.json of the install. */
  seedFile: string | undefined;
  /** Deploy the files of `definitions/` at start (identical content is no new version). */
  deployDefinitions: boolean;
  /** Largest definition content (UTF-8 bytes) `validateDefinition` and `deployDefinition` accept. */
  definitionMaxBytes: number;
  /** Uploads: size and type limits, storage (local disk under `dataDir/files` or S3), spooling directory. */
  files: FileConfig;
  /** Report queries: statement timeout, row cap, optional read replica. */
  reports: ReportConfig;
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
    // Connection URLs may carry passwords and secrets are secret: name the variable, never echo its value.
    const secret = name.endsWith('_URL') || name.includes('SECRET');
    const got = present[name] === undefined || secret ? '' : ` (got ${JSON.stringify(present[name])})`;
    return { ok: false, message: `Invalid configuration: ${name} ${issue?.message ?? 'is invalid'}${got}` };
  }
  const value = parsed.data;
  const refusal = productionRefusal(value) ?? fileConfigRefusal(value);
  if (refusal) return { ok: false, message: `Invalid configuration: ${refusal}` };
  const dataDir = path.resolve(cwd, value.DATA_DIR);
  return {
    ok: true,
    config: {
      port: value.PORT,
      host: value.HOST,
      databaseUrl: value.DATABASE_URL,
      embeddedDataDir: path.join(dataDir, 'postgres'),
      role: value.ROLE,
      logLevel: value.LOG_LEVEL,
      designerDir: path.resolve(cwd, value.DESIGNER_DIR ?? 'dist/apps/designer'),
      workerConcurrency: value.WORKER_CONCURRENCY,
      historyRetentionDays: value.HISTORY_RETENTION_DAYS,
      nodeEnv: value.NODE_ENV,
      dataDir,
      jwtSecret: value.JWT_SECRET,
      passwordHashing: value.PASSWORD_HASHING,
      authRateLimit: value.AUTH_RATE_LIMIT,
      publicRateLimit: value.PUBLIC_RATE_LIMIT,
      actorCacheSeconds: value.ACTOR_CACHE_SECONDS,
      // Demo mode: on with the embedded database (a newcomer's `npm start`), off with a real one and in production.
      seedDemoData:
        (value.SEED_DEMO_DATA ?? (value.NODE_ENV === 'production' || value.DATABASE_URL ? 'false' : 'true')) === 'true',
      seedFile: value.SEED_FILE ? path.resolve(cwd, value.SEED_FILE) : undefined,
      deployDefinitions: value.DEPLOY_DEFINITIONS === 'true',
      definitionMaxBytes: value.DEFINITION_MAX_BYTES,
      files: fileConfigFrom(value, dataDir),
      reports: reportConfigFrom(value),
    },
  };
}

/** What production must not run with: a generated token key, cheap password hashes. */
function productionRefusal(value: z.infer<typeof appConfigSchema>): string | undefined {
  if (value.NODE_ENV !== 'production') return undefined;
  if (!value.JWT_SECRET) return 'JWT_SECRET is required when NODE_ENV=production (at least 32 random characters)';
  if (value.PASSWORD_HASHING !== 'owasp') return 'PASSWORD_HASHING=test is refused when NODE_ENV=production';
  return undefined;
}

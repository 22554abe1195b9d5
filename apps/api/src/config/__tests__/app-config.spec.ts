import path from 'node:path';
import { loadConfig } from '../app-config';

describe('loadConfig', () => {
  it('should apply the defaults when nothing is set', () => {
    // Given an empty environment, when loading the configuration
    const result = loadConfig({}, '/srv/anxin');
    // Then the server uses port 3000, role all and an embedded database under .data
    expect(result).toEqual({
      ok: true,
      config: expect.objectContaining({
        port: 3000,
        role: 'all',
        databaseUrl: undefined,
        embeddedDataDir: path.resolve('/srv/anxin/.data/postgres'),
        workerConcurrency: 4,
        historyRetentionDays: 3650,
      }),
    });
  });

  it('should name PORT and the bad value in one line when PORT is not a number', () => {
    // Given PORT=abc, when loading
    const result = loadConfig({ PORT: 'abc' });
    // Then one line names the variable and the value
    expect(result).toEqual({
      ok: false,
      message: 'Invalid configuration: PORT must be a whole number between 1 and 65535 (got "abc")',
    });
  });

  it.each(['0', '70000', '3.5'])('should reject PORT=%s as out of range or fractional', (port) => {
    // Given a number that is no TCP port, when loading, then it is refused naming PORT
    const result = loadConfig({ PORT: port });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Invalid configuration: PORT /);
  });

  it('should reject a malformed DATABASE_URL without echoing it', () => {
    // Given a URL that is not postgres://, possibly carrying a password
    const result = loadConfig({ DATABASE_URL: 'mysql://root:secret@db/anxin' });
    // Then the message names the variable but not the secret
    expect(result).toEqual({
      ok: false,
      message: 'Invalid configuration: DATABASE_URL must be a postgres:// URL with a host and a database name',
    });
  });

  it('should accept a postgres URL and a worker role', () => {
    // Given a full configuration, when loading, then the values are typed
    const result = loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/anxin', ROLE: 'worker', PORT: '8080' });
    expect(result).toEqual({
      ok: true,
      config: expect.objectContaining({ databaseUrl: 'postgresql://u:p@db:5432/anxin', role: 'worker', port: 8080 }),
    });
  });

  it('should list the allowed roles when ROLE is unknown', () => {
    const result = loadConfig({ ROLE: 'scheduler' });
    expect(result).toEqual({
      ok: false,
      message: 'Invalid configuration: ROLE must be one of api, worker, all (got "scheduler")',
    });
  });

  it('should read the worker concurrency and the history retention', () => {
    // Given both set, when loading, then they are whole numbers
    const result = loadConfig({ WORKER_CONCURRENCY: '16', HISTORY_RETENTION_DAYS: '365' });
    expect(result).toEqual({
      ok: true,
      config: expect.objectContaining({ workerConcurrency: 16, historyRetentionDays: 365 }),
    });
  });

  it.each(['0', '101', '2.5', 'many'])('should reject WORKER_CONCURRENCY=%s naming the variable', (value) => {
    // Given a concurrency that is no whole number between 1 and 100, when loading, then it is refused
    const result = loadConfig({ WORKER_CONCURRENCY: value });
    expect(result).toEqual({
      ok: false,
      message: `Invalid configuration: WORKER_CONCURRENCY must be a whole number between 1 and 100 (got "${value}")`,
    });
  });

  it.each(['0', '-5', '30.5'])('should reject HISTORY_RETENTION_DAYS=%s naming the variable', (value) => {
    // Given a retention that is no whole number of days, when loading, then it is refused
    const result = loadConfig({ HISTORY_RETENTION_DAYS: value });
    expect(result).toEqual({
      ok: false,
      message: `Invalid configuration: HISTORY_RETENTION_DAYS must be a whole number of days, at least 1 (got "${value}")`,
    });
  });

  it('should default to development: generated JWT key, OWASP hashing, demo data, 10 logins a minute', () => {
    const result = loadConfig({}, '/srv/anxin');
    expect(result).toEqual({
      ok: true,
      config: expect.objectContaining({
        nodeEnv: 'development',
        dataDir: path.resolve('/srv/anxin/.data'),
        jwtSecret: undefined,
        passwordHashing: 'owasp',
        authRateLimit: 10,
        publicRateLimit: 120,
        seedDemoData: true,
        deployDefinitions: true,
      }),
    });
  });

  it('should require JWT_SECRET in production, and seed no demo data there by default', () => {
    // Given NODE_ENV=production without and with a key
    const without = loadConfig({ NODE_ENV: 'production' });
    const withKey = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(32) });
    // Then without a key the server refuses to start; with one, no demo tenant is created
    expect(without).toEqual({
      ok: false,
      message: 'Invalid configuration: JWT_SECRET is required when NODE_ENV=production (at least 32 random characters)',
    });
    expect(withKey).toEqual({
      ok: true,
      config: expect.objectContaining({ nodeEnv: 'production', seedDemoData: false }),
    });
  });

  it('should seed demo data by default only with the embedded database (no DATABASE_URL)', () => {
    // Given a development configuration with and without a database URL
    const embedded = loadConfig({});
    const external = loadConfig({ DATABASE_URL: 'postgres://anxin@db:5432/anxin' });
    const forced = loadConfig({ DATABASE_URL: 'postgres://anxin@db:5432/anxin', SEED_DEMO_DATA: 'true' });
    // Then demo mode is on for the embedded database only, unless SEED_DEMO_DATA says otherwise
    expect(embedded.ok && embedded.config.seedDemoData).toBe(true);
    expect(external.ok && external.config.seedDemoData).toBe(false);
    expect(forced.ok && forced.config.seedDemoData).toBe(true);
  });

  it('should refuse cheap test hashing in production', () => {
    const result = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(32), PASSWORD_HASHING: 'test' });
    expect(result).toEqual({
      ok: false,
      message: 'Invalid configuration: PASSWORD_HASHING=test is refused when NODE_ENV=production',
    });
  });

  it('should refuse a short JWT_SECRET without echoing it', () => {
    const result = loadConfig({ JWT_SECRET: 'tiny-secret' });
    expect(result).toEqual({ ok: false, message: 'Invalid configuration: JWT_SECRET must be at least 32 characters' });
  });

  it('should read the rate limits, SEED_DEMO_DATA and DEPLOY_DEFINITIONS', () => {
    const result = loadConfig({
      AUTH_RATE_LIMIT: '3',
      PUBLIC_RATE_LIMIT: '30',
      SEED_DEMO_DATA: 'false',
      DEPLOY_DEFINITIONS: 'false',
    });
    expect(result).toEqual({
      ok: true,
      config: expect.objectContaining({
        authRateLimit: 3,
        publicRateLimit: 30,
        seedDemoData: false,
        deployDefinitions: false,
      }),
    });
    expect(loadConfig({ AUTH_RATE_LIMIT: '0' }).ok).toBe(false);
  });

  it('should read ACTOR_CACHE_SECONDS, 5 by default, 0 to disable, at most 60', () => {
    // Given no value, 0, and a value above the bound, when loading
    // Then the default is 5 s, 0 is taken (no cache), and too long a staleness is refused
    expect(loadConfig({})).toMatchObject({ ok: true, config: { actorCacheSeconds: 5 } });
    expect(loadConfig({ ACTOR_CACHE_SECONDS: '0' })).toMatchObject({ ok: true, config: { actorCacheSeconds: 0 } });
    expect(loadConfig({ ACTOR_CACHE_SECONDS: '61' }).ok).toBe(false);
  });

  it('should read DEFINITION_MAX_BYTES, 512 KiB by default, at most the 1 MB body limit', () => {
    // Given no value, a value, and one above the body limit, when loading
    // Then the default is 512 KiB, the value is taken, and too much is refused naming the variable
    expect(loadConfig({})).toMatchObject({ ok: true, config: { definitionMaxBytes: 524_288 } });
    expect(loadConfig({ DEFINITION_MAX_BYTES: '4096' })).toMatchObject({
      ok: true,
      config: { definitionMaxBytes: 4096 },
    });
    const tooMuch = loadConfig({ DEFINITION_MAX_BYTES: '2000000' });
    expect(!tooMuch.ok && tooMuch.message).toMatch(/^Invalid configuration: DEFINITION_MAX_BYTES /);
  });
});

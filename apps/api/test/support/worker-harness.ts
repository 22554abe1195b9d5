import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Provider } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { LoggerModule } from 'nestjs-pino';
import { createTestDatabase, type TestDatabase } from '@anxin/persistence/testing';
import { DatabaseModule } from '../../src/database/database.module';
import { DefinitionRegistry } from '../../src/engine-runtime/definition-registry.service';
import { EngineRuntime } from '../../src/engine-runtime/engine-runtime.service';
import { DEFAULT_RUNTIME_OPTIONS, RUNTIME_OPTIONS } from '../../src/engine-runtime/runtime-options';
import { EngineWorkerModule } from '../../src/engine-worker/engine-worker.module';
import { EngineWorker } from '../../src/engine-worker/engine-worker.service';
import { HistoryRetention } from '../../src/engine-worker/history-retention.service';
import { IncidentService } from '../../src/engine-worker/incident.service';
import { NOTIFICATION_CHANNEL, type NotificationChannel } from '../../src/engine-worker/notification-channel.port';
import { OutboxDelivery } from '../../src/engine-worker/outbox-delivery.service';
import { DEFAULT_OUTBOX_OPTIONS, defaultJobBatching, type WorkerOptions } from '../../src/engine-worker/worker-options';
import { RecordingChannel } from './recording-channel';

export interface WorkerHarnessOptions {
  /** Attach to this database (a restart, a second runner); by default a fresh one, dropped on close. */
  readonly database?: TestDatabase;
  /** Start the graphile-worker runner (default true). */
  readonly runJobs?: boolean;
  readonly concurrency?: number;
  /** graphile-worker attempts of an action before it becomes an incident. */
  readonly actionMaxAttempts?: number;
  readonly historyRetentionDays?: number;
  /** Register the daily retention crontab item (default false). */
  readonly scheduleCrontab?: boolean;
  readonly channel?: NotificationChannel;
  /** Extra providers, e.g. `@ActionHandlerFor` test actions. */
  readonly providers?: Provider[];
}

export interface WorkerHarness {
  readonly database: TestDatabase;
  readonly moduleRef: TestingModule;
  readonly runtime: EngineRuntime;
  readonly definitions: DefinitionRegistry;
  readonly worker: EngineWorker;
  readonly incidents: IncidentService;
  readonly retention: HistoryRetention;
  readonly outbox: OutboxDelivery;
  readonly channel: NotificationChannel;
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Stops the runner and the module; drops the database only when the harness created it. */
  close(): Promise<void>;
}

/** The engine runtime with its job worker on a real database: a medium test of timers, actions and the outbox. */
export async function startWorker(options: WorkerHarnessOptions = {}): Promise<WorkerHarness> {
  const database = options.database ?? (await createTestDatabase());
  const channel = options.channel ?? new RecordingChannel();
  const workerOptions: WorkerOptions = {
    databaseUrl: database.url,
    runJobs: options.runJobs ?? true,
    concurrency: options.concurrency ?? 4,
    pollIntervalMs: 100,
    scheduleCrontab: options.scheduleCrontab ?? false,
    historyRetentionDays: options.historyRetentionDays ?? 3650,
    commandRequestRetentionDays: 7,
    outbox: { ...DEFAULT_OUTBOX_OPTIONS, maxAttempts: 3, retryDelayMs: 50, maxRetryDelayMs: 200 },
    liveness: { heartbeatIntervalMs: 100, staleAfterMs: 1_000 },
    batching: defaultJobBatching(options.concurrency ?? 4),
  };
  const moduleRef = await Test.createTestingModule({
    imports: [
      LoggerModule.forRoot({ pinoHttp: { level: process.env['TEST_LOG_LEVEL'] ?? 'silent' } }),
      DatabaseModule.forRoot(database.url),
      EngineWorkerModule.forRoot(workerOptions),
    ],
    providers: options.providers ?? [],
  })
    .overrideProvider(RUNTIME_OPTIONS)
    .useValue({ ...DEFAULT_RUNTIME_OPTIONS, actionMaxAttempts: options.actionMaxAttempts ?? 2 })
    .overrideProvider(NOTIFICATION_CHANNEL)
    .useValue(channel)
    .compile();
  await moduleRef.init();
  const em = moduleRef.get(EntityManager);
  return {
    database,
    moduleRef,
    runtime: moduleRef.get(EngineRuntime),
    definitions: moduleRef.get(DefinitionRegistry),
    worker: moduleRef.get(EngineWorker),
    incidents: moduleRef.get(IncidentService),
    retention: moduleRef.get(HistoryRetention),
    outbox: moduleRef.get(OutboxDelivery),
    channel,
    rows: <T>(sql: string, params: unknown[] = []) => em.fork().execute<T[]>(sql, params as never[]),
    close: async () => {
      await moduleRef.close();
      if (!options.database) await database.drop();
    },
  };
}

/** A BPMN fixture of the api's tests (apps/api/test/fixtures), as text. */
export function apiFixture(name: string): string {
  return readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');
}

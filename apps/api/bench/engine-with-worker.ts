import type { Provider } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { LoggerModule } from 'nestjs-pino';
import { DatabaseModule } from '../src/database/database.module';
import { DefinitionRegistry } from '../src/engine-runtime/definition-registry.service';
import { EngineRuntime } from '../src/engine-runtime/engine-runtime.service';
import { EngineWorkerModule } from '../src/engine-worker/engine-worker.module';
import { EngineWorker } from '../src/engine-worker/engine-worker.service';
import {
  DEFAULT_LIVENESS_OPTIONS,
  defaultJobBatching,
  DEFAULT_OUTBOX_OPTIONS,
  type LivenessOptions,
} from '../src/engine-worker/worker-options';
import type { QueueWorkerSettings } from './queue-worker';

export interface EngineWithWorker {
  readonly moduleRef: TestingModule;
  readonly runtime: EngineRuntime;
  readonly definitions: DefinitionRegistry;
  readonly worker: EngineWorker;
  close(): Promise<void>;
}

/**
 * The runtime with its job worker as the api wires them (`EngineWorkerModule`, heartbeats and reaper included),
 * on `url`, logging nothing. The runner starts with the module only when `runJobs`; else call `worker.start()`.
 */
export async function startEngineWithWorker(input: {
  readonly url: string;
  readonly settings: QueueWorkerSettings;
  readonly runJobs: boolean;
  readonly liveness?: LivenessOptions;
  /** Action handlers (`@ActionHandlerFor`). */
  readonly providers?: Provider[];
}): Promise<EngineWithWorker> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      LoggerModule.forRoot({ pinoHttp: { level: 'silent' } }),
      DatabaseModule.forRoot(input.url),
      EngineWorkerModule.forRoot({
        databaseUrl: input.url,
        runJobs: input.runJobs,
        concurrency: input.settings.concurrency,
        pollIntervalMs: input.settings.pollInterval,
        scheduleCrontab: false,
        historyRetentionDays: 3650,
        commandRequestRetentionDays: 7,
        outbox: DEFAULT_OUTBOX_OPTIONS,
        liveness: input.liveness ?? DEFAULT_LIVENESS_OPTIONS,
        batching: defaultJobBatching(input.settings.concurrency),
      }),
    ],
    providers: input.providers ?? [],
  }).compile();
  moduleRef.useLogger(false);
  await moduleRef.init();
  return {
    moduleRef,
    runtime: moduleRef.get(EngineRuntime),
    definitions: moduleRef.get(DefinitionRegistry),
    worker: moduleRef.get(EngineWorker),
    close: () => moduleRef.close(),
  };
}

import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EngineRuntimeModule } from '../engine-runtime/engine-runtime.module';
import { ActionRegistry } from './action-registry.service';
import { CompleteCallWorker } from './complete-call.worker';
import { DeliverOutboxWorker } from './deliver-outbox.worker';
import { EngineWorker } from './engine-worker.service';
import { WorkerLiveness } from './worker-liveness.service';
import { FireTimerWorker } from './fire-timer.worker';
import { HistoryRetention } from './history-retention.service';
import { HistoryRetentionWorker } from './history-retention.worker';
import { IncidentService } from './incident.service';
import { JOB_WORKERS, type JobWorker } from './job-worker.type';
import { LogNotificationChannel } from './log-notification-channel.adapter';
import { NOTIFICATION_CHANNEL } from './notification-channel.port';
import { NotifyAction } from './notify.action';
import { OutboxDelivery } from './outbox-delivery.service';
import { RunActionWorker } from './run-action.worker';
import { StartCallWorker } from './start-call.worker';
import { WORKER_OPTIONS, type WorkerOptions } from './worker-options';

const jobWorkers = [
  FireTimerWorker,
  RunActionWorker,
  StartCallWorker,
  CompleteCallWorker,
  DeliverOutboxWorker,
  HistoryRetentionWorker,
];

/**
 * The job worker on graphile-worker, plus what the API needs of it (incidents). The runner only starts where
 * `options.runJobs`. Action handlers are any providers marked `@ActionHandlerFor(name)`; the notification channel
 * is `NOTIFICATION_CHANNEL` (a log line by default).
 */
@Module({})
export class EngineWorkerModule {
  static forRoot(options: WorkerOptions): DynamicModule {
    return {
      module: EngineWorkerModule,
      imports: [EngineRuntimeModule, DiscoveryModule],
      providers: [
        { provide: WORKER_OPTIONS, useValue: options },
        { provide: NOTIFICATION_CHANNEL, useClass: LogNotificationChannel },
        ActionRegistry,
        NotifyAction,
        IncidentService,
        OutboxDelivery,
        HistoryRetention,
        ...jobWorkers,
        { provide: JOB_WORKERS, useFactory: (...workers: JobWorker[]) => workers, inject: jobWorkers },
        WorkerLiveness,
        EngineWorker,
      ],
      exports: [EngineRuntimeModule, EngineWorker, IncidentService, HistoryRetention, OutboxDelivery, ActionRegistry],
    };
  }
}

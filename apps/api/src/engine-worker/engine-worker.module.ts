import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EngineRuntimeModule } from '../engine-runtime/engine-runtime.module';
import { ActionRegistry } from './action-registry.service';
import { CompleteCallWorker } from './complete-call.worker';
import { ContributedJobs } from './contributed-jobs.service';
import { CompositeNotificationChannel } from './composite-notification-channel.adapter';
import { DeliverOutboxWorker } from './deliver-outbox.worker';
import { EngineWorker } from './engine-worker.service';
import { WorkerLiveness } from './worker-liveness.service';
import { FireTimerWorker } from './fire-timer.worker';
import { HistoryRetention } from './history-retention.service';
import { HistoryRetentionWorker } from './history-retention.worker';
import { IncidentService } from './incident.service';
import { JOB_WORKERS, type JobWorker } from './job-worker.type';
import { LogNotificationChannel } from './log-notification-channel.adapter';
import { NOTIFICATION_CHANNEL, type NotificationChannel } from './notification-channel.port';
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
 * `options.runJobs`. Action handlers are any providers marked `@ActionHandlerFor(name)`, further jobs (with their
 * crontab) any marked `@ContributedJob(options)`. The outbox goes to
 * `NOTIFICATION_CHANNEL`: the log channel plus the `channels` given (the app adds the in-app one), all of them.
 */
@Module({})
export class EngineWorkerModule {
  static forRoot(options: WorkerOptions, channels: readonly Type<NotificationChannel>[] = []): DynamicModule {
    return {
      module: EngineWorkerModule,
      // Configured once by the app; API modules (incidents, later tasks) inject the engine and its incidents.
      global: true,
      imports: [EngineRuntimeModule, DiscoveryModule],
      providers: [
        { provide: WORKER_OPTIONS, useValue: options },
        LogNotificationChannel,
        ...channels,
        {
          provide: NOTIFICATION_CHANNEL,
          useFactory: (...all: NotificationChannel[]) => new CompositeNotificationChannel(all),
          inject: [LogNotificationChannel, ...channels],
        },
        ActionRegistry,
        ContributedJobs,
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

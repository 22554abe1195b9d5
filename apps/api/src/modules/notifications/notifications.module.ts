import { Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/**
 * The GraphQL side of in-app notifications. They are written by `InAppNotificationChannel`, which the job worker
 * runs (it is registered with `EngineWorkerModule`, in every role that delivers the outbox).
 */
@Module({
  providers: [NotificationsService, NotificationsResolver],
})
export class NotificationsModule {}

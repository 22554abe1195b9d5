import { Injectable } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { NotificationChannel, OutboxMessageView } from './notification-channel.port';

/** The default channel until real ones exist: every message becomes a log line. */
@Injectable()
export class LogNotificationChannel implements NotificationChannel {
  constructor(@InjectPinoLogger(LogNotificationChannel.name) private readonly logger: PinoLogger) {}

  deliver(message: OutboxMessageView): Promise<void> {
    this.logger.info(
      { outboxId: message.id, kind: message.kind, instanceId: message.instanceId, payload: message.payload },
      `notification ${message.kind}`,
    );
    return Promise.resolve();
  }
}

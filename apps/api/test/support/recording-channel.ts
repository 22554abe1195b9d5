import type { NotificationChannel, OutboxMessageView } from '../../src/engine-worker/notification-channel.port';

/** A notification channel that keeps what it delivered, and fails the kinds it is told to fail. */
export class RecordingChannel implements NotificationChannel {
  readonly delivered: OutboxMessageView[] = [];
  readonly failing = new Set<string>();

  deliver(message: OutboxMessageView): Promise<void> {
    if (this.failing.has(message.kind)) return Promise.reject(new Error(`${message.kind}: receiver unavailable`));
    this.delivered.push(message);
    return Promise.resolve();
  }
}

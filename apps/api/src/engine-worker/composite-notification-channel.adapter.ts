import type { NotificationChannel, OutboxMessageView } from './notification-channel.port';

/**
 * Hands each message to every channel, all of them even when one fails, then fails if any did: the outbox retries
 * the message, and every channel sees it again, which is why each must be idempotent per message id.
 */
export class CompositeNotificationChannel implements NotificationChannel {
  constructor(private readonly channels: readonly NotificationChannel[]) {}

  async deliver(message: OutboxMessageView): Promise<void> {
    const outcomes = await Promise.allSettled(this.channels.map((channel) => channel.deliver(message)));
    const failures = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failures.length === 0) return;
    const reasons = failures.map((f) => (f.reason instanceof Error ? f.reason.message : String(f.reason)));
    throw new Error(`${failures.length} of ${this.channels.length} channels failed: ${reasons.join('; ')}`);
  }
}

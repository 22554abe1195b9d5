import type { JsonValue } from '@anxin/rules';

/** One outbox row handed to a channel. */
export interface OutboxMessageView {
  readonly id: string;
  readonly instanceId: string | null;
  /** `notification.<kind>`, `instance.ended`, … */
  readonly kind: string;
  readonly payload: JsonValue;
  /** 1 on the first delivery attempt. */
  readonly attempt: number;
}

/**
 * Where outbox messages go (mail, SMS, WeCom, webhooks…). Resolving means delivered; throwing means "try again
 * later" (up to the outbox's attempts, then the message is marked failed). A message may be delivered more than
 * once (a crash between sending and marking it): receivers should dedupe on `id`.
 */
export interface NotificationChannel {
  deliver(message: OutboxMessageView): Promise<void>;
}

export const NOTIFICATION_CHANNEL = Symbol('NOTIFICATION_CHANNEL');

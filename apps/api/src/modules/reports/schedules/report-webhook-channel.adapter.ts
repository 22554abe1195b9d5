import { Inject, Injectable } from '@nestjs/common';
import type { JsonValue } from '@anxin/rules';
import type { NotificationChannel, OutboxMessageView } from '../../../engine-worker/notification-channel.port';
import type { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/app-config.module';

/** A receiver that does not answer within this long is tried again later (the outbox's retries). */
const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * The `webhook` channel of scheduled reports: each outbox message whose `channels` include `webhook` is POSTed as
 * JSON `{ id, title, body, recipient, report }` to `REPORT_WEBHOOK_URL` (a WeCom/DingTalk bridge, a mail relay…).
 * A non-2xx answer or a timeout fails the delivery, which the outbox retries; receivers dedupe on `id`. Without a
 * URL, or for other messages, it does nothing.
 */
@Injectable()
export class ReportWebhookChannel implements NotificationChannel {
  private readonly url: string | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.url = config.reports.webhookUrl;
  }

  async deliver(message: OutboxMessageView): Promise<void> {
    const payload = objectOf(message.payload);
    const channels = Array.isArray(payload['channels']) ? payload['channels'] : [];
    if (!this.url || message.kind !== 'notification.action' || !channels.includes('webhook')) return;
    const input = objectOf(payload['input']);
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({
        id: message.id,
        title: input['title'] ?? null,
        body: input['body'] ?? null,
        recipient: input['recipient'] ?? null,
        report: input['report'] ?? null,
      }),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`the report webhook answered ${response.status}`);
  }
}

function objectOf(value: JsonValue | null | undefined): Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

import { Inject, Injectable } from '@nestjs/common';
import type { JobHelpers } from 'graphile-worker';
import { z } from 'zod';
import { JOB } from '../engine-runtime/step-plan';
import { parsePayload } from './job-payload.util';
import { OUTBOX_RETRY_JOB_KEY, type JobWorker } from './job-worker.type';
import { OutboxDelivery } from './outbox-delivery.service';

const payloadSchema = z.object({ retries: z.boolean().optional() });

/**
 * Drains the outbox. Steps wake it (key `outbox`, payload `{}`) for first attempts; messages that failed with
 * attempts left are retried by a separate run (key `outbox-retry`, payload `{ retries: true }`) added with a
 * backoff delay, which later steps do not bring forward.
 */
@Injectable()
export class DeliverOutboxWorker implements JobWorker {
  readonly identifier = JOB.deliverOutbox;

  constructor(@Inject(OutboxDelivery) private readonly outbox: OutboxDelivery) {}

  async run(payload: unknown, helpers: JobHelpers): Promise<void> {
    const retries = parsePayload(this.identifier, payloadSchema, payload).retries === true;
    const report = await this.outbox.deliverPending({ retries });
    if (report.retryAt) {
      // From an ordinary run, an already scheduled retry run keeps its (backed-off) time.
      await helpers.addJob(
        JOB.deliverOutbox,
        { retries: true },
        { jobKey: OUTBOX_RETRY_JOB_KEY, runAt: report.retryAt, jobKeyMode: retries ? 'replace' : 'preserve_run_at' },
      );
    }
    if (report.failed > 0) helpers.logger.error(`outbox: ${report.failed} messages failed for good`);
  }
}

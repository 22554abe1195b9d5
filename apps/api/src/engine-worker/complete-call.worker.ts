import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { CompleteCallCommand } from '@anxin/process-engine';
import type { JsonObject } from '@anxin/rules';
import { EngineRuntime } from '../engine-runtime/engine-runtime.service';
import { callDoneJobKey, JOB } from '../engine-runtime/step-plan';
import { isSettled } from './job-failure-policy.util';
import { parsePayload } from './job-payload.util';
import type { JobWorker } from './job-worker.type';

const payloadSchema = z.object({
  instanceId: z.uuid(),
  actionId: z.string().min(1),
  childInstanceId: z.uuid(),
  result: z.enum(['completed', 'terminated', 'failed']),
  output: z.record(z.string(), z.unknown()).optional(),
});

/** The BPMN error code a parent's error boundary sees when its called process did not complete. */
export const CALL_ERROR_CODE = { failed: 'CALL_FAILED', terminated: 'CALL_TERMINATED' } as const;

/**
 * A called process ended: its parent's call activity completes with the child's variables as output, or with the
 * error `CALL_FAILED` / `CALL_TERMINATED` (request id `call-done:<actionId>`).
 */
@Injectable()
export class CompleteCallWorker implements JobWorker {
  readonly identifier = JOB.completeCall;

  constructor(private readonly runtime: EngineRuntime) {}

  async run(payload: unknown): Promise<void> {
    const job = parsePayload(this.identifier, payloadSchema, payload);
    const command: CompleteCallCommand =
      job.result === 'completed'
        ? { type: 'completeCall', actionId: job.actionId, actor: 'system', output: (job.output ?? {}) as JsonObject }
        : {
            type: 'completeCall',
            actionId: job.actionId,
            actor: 'system',
            error: {
              code: CALL_ERROR_CODE[job.result],
              message: `called instance ${job.childInstanceId} ${job.result}`,
            },
          };
    try {
      await this.runtime.execute(job.instanceId, command, callDoneJobKey(job.actionId));
    } catch (error) {
      if (!isSettled(error)) throw error;
    }
  }
}

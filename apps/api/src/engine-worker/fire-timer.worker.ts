import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { EngineRuntime } from '../engine-runtime/engine-runtime.service';
import { JOB, timerJobKey } from '../engine-runtime/step-plan';
import { parsePayload } from './job-payload.util';
import type { JobWorker } from './job-worker.type';

const payloadSchema = z.object({ instanceId: z.uuid(), timerId: z.string().min(1) });

/**
 * A timer is due. Idempotent twice over: the engine ignores a timer that is gone (its token moved on, or it fired),
 * and the request id `timer:<timerId>` returns the stored result of a firing that was already committed.
 */
@Injectable()
export class FireTimerWorker implements JobWorker {
  readonly identifier = JOB.fireTimer;

  constructor(private readonly runtime: EngineRuntime) {}

  async run(payload: unknown): Promise<void> {
    const { instanceId, timerId } = parsePayload(this.identifier, payloadSchema, payload);
    await this.runtime.execute(instanceId, { type: 'fireTimer', timerId, actor: 'system' }, timerJobKey(timerId));
  }
}

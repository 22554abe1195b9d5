import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { JsonObject } from '@anxin/rules';
import { EngineRuntime } from '../engine-runtime/engine-runtime.service';
import { JOB } from '../engine-runtime/step-plan';
import { parsePayload } from './job-payload.util';
import type { JobWorker } from './job-worker.type';

const payloadSchema = z.object({
  instanceId: z.uuid(),
  actionId: z.string().min(1),
  processKey: z.string().min(1),
  version: z.union([z.number().int().positive(), z.literal('latest')]),
  input: z.record(z.string(), z.unknown()),
  initiator: z.string().min(1),
});

/**
 * A call activity starts its child process, linked to the parent's action so the child's end reports back
 * (`anxin.complete-call`). The request id `call:<actionId>` makes a repeated job return the child it started.
 * A process that is not deployed is an incident (deploy it, then retry).
 */
@Injectable()
export class StartCallWorker implements JobWorker {
  readonly identifier = JOB.startCall;

  constructor(private readonly runtime: EngineRuntime) {}

  async run(payload: unknown): Promise<void> {
    const job = parsePayload(this.identifier, payloadSchema, payload);
    const parent = await this.runtime.state(job.instanceId);
    if (parent.status !== 'running' || !parent.actions[job.actionId]) return;
    await this.runtime.start({
      processKey: job.processKey,
      ...(job.version === 'latest' ? {} : { version: job.version }),
      initiator: job.initiator,
      variables: job.input as JsonObject,
      parent: { instanceId: job.instanceId, actionId: job.actionId },
      requestId: `call:${job.actionId}`,
    });
  }
}

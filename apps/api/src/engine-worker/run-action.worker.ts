import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { JobHelpers } from 'graphile-worker';
import { z } from 'zod';
import type { CompleteActionCommand } from '@anxin/process-engine';
import type { JsonObject } from '@anxin/rules';
import { EngineRuntime } from '../engine-runtime/engine-runtime.service';
import { actionJobKey, JOB } from '../engine-runtime/step-plan';
import { ActionFailure } from './action-failure.error';
import type { ActionHandler } from './action-handler.type';
import { ActionRegistry } from './action-registry.service';
import { isSettled } from './job-failure-policy.util';
import { parsePayload } from './job-payload.util';
import type { JobWorker } from './job-worker.type';

const payloadSchema = z.object({
  instanceId: z.uuid(),
  actionId: z.string().min(1),
  action: z.string().min(1),
  elementId: z.string().min(1),
  input: z.record(z.string(), z.unknown()),
});

type RunActionPayload = z.infer<typeof payloadSchema>;
type Outcome = Pick<CompleteActionCommand, 'result' | 'error'>;

/**
 * A service task's action: run its handler, then complete the action on the instance (request id
 * `action:<actionId>`). An `ActionFailure` completes it with the BPMN error; any other throw is left to the
 * failure policy (retried, and an incident on the final attempt). A job whose action is no longer pending
 * (completed, or cancelled by a boundary event) does nothing.
 */
@Injectable()
export class RunActionWorker implements JobWorker {
  readonly identifier = JOB.runAction;

  constructor(
    private readonly runtime: EngineRuntime,
    private readonly actions: ActionRegistry,
    private readonly em: EntityManager,
  ) {}

  async run(payload: unknown, helpers: JobHelpers): Promise<void> {
    const job = parsePayload(this.identifier, payloadSchema, payload);
    const state = await this.runtime.state(job.instanceId);
    if (state.status !== 'running' || !state.actions[job.actionId]) {
      helpers.logger.debug(`action ${job.actionId} is no longer pending: nothing to do`);
      return;
    }
    const outcome = await this.perform(this.actions.get(job.action), job, helpers);
    const command: CompleteActionCommand = {
      type: 'completeAction',
      actionId: job.actionId,
      actor: 'system',
      ...outcome,
    };
    try {
      await this.runtime.execute(job.instanceId, command, actionJobKey(job.actionId));
    } catch (error) {
      if (!isSettled(error)) throw error;
    }
  }

  private async perform(handler: ActionHandler, job: RunActionPayload, helpers: JobHelpers): Promise<Outcome> {
    try {
      const result = await handler.run({
        instanceId: job.instanceId,
        actionId: job.actionId,
        elementId: job.elementId,
        input: job.input as JsonObject,
        attempt: helpers.job.attempts,
        maxAttempts: helpers.job.max_attempts,
        em: this.em.fork(),
        ...(helpers.abortSignal ? { signal: helpers.abortSignal } : {}),
      });
      return result === undefined ? {} : { result };
    } catch (error) {
      if (error instanceof ActionFailure) return { error: { code: error.code, message: error.message } };
      throw error;
    }
  }
}

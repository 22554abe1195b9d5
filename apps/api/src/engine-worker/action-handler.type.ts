import type { EntityManager } from '@mikro-orm/postgresql';
import { DiscoveryService } from '@nestjs/core';
import type { JsonObject, JsonValue } from '@anxin/rules';

/** What a service task's action is given: its instance, its input (the task's input mappings) and a fresh EM. */
export interface ActionContext {
  readonly instanceId: string;
  readonly actionId: string;
  /** The service task. */
  readonly elementId: string;
  readonly input: JsonObject;
  /** 1 on the first run; graphile-worker retries a technical failure until `maxAttempts`. */
  readonly attempt: number;
  readonly maxAttempts: number;
  /** A fresh EntityManager for this job. */
  readonly em: EntityManager;
  /** Aborted when the worker is shutting down and the job should stop early. */
  readonly signal?: AbortSignal;
}

/**
 * Performs a service task's action (`anxin:action="<name>"`). The value it resolves to is the task's `result`
 * (read by its output mappings). Throw an `ActionFailure` for a business failure (a BPMN error code), anything
 * else for a technical one (retried, then an incident). It may run more than once for one action (a retry, a
 * crash before the completion was stored): make its side effects idempotent, keyed by `actionId`.
 */
export interface ActionHandler {
  run(context: ActionContext): Promise<JsonValue | undefined>;
}

/**
 * Registers a provider as the handler of the action with this name: `@ActionHandlerFor('notify')` on an
 * injectable implementing {@link ActionHandler}, listed in the providers of any module of the app.
 */
export const ActionHandlerFor = DiscoveryService.createDecorator<string>();

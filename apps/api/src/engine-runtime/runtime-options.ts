/** Tuning of the durable runtime. */
export interface RuntimeOptions {
  /** How many times a command is re-run on fresh state after losing a race (optimistic locking). */
  readonly maxAttempts: number;
  /** graphile-worker attempts for a service task's action before it becomes an incident. */
  readonly actionMaxAttempts: number;
  /** Running instances whose last written state this runtime keeps, so their next step skips the load (0: none). */
  readonly instanceCacheSize: number;
  /** How long the outbox delivery waits after a step that wrote messages, gathering those of other steps. */
  readonly outboxWakeMs: number;
}

export const RUNTIME_OPTIONS = Symbol('RUNTIME_OPTIONS');

export const DEFAULT_RUNTIME_OPTIONS: RuntimeOptions = {
  maxAttempts: 25,
  actionMaxAttempts: 5,
  // A state is a few KB: a few MB of memory for a cache that holds every instance a busy runtime is working on.
  instanceCacheSize: 2_000,
  // A notification up to 50 ms later; at 400 ended instances/s, one delivery run per 20 of them.
  outboxWakeMs: 50,
};

import { type ExecutionArgs, type ExecutionResult, subscribe } from 'graphql';
import type { Actor } from '../context/actor.type';
import type { ActorContext } from '../context/actor-context.service';

/** What a subscription operation's context carries besides the request: its authenticated actor, if any. */
export interface SubscriptionScope {
  readonly actor: Actor | undefined;
  readonly ip: string | undefined;
}

type Subscribe = typeof subscribe;

/**
 * graphql's `subscribe`, run as the connection's actor: the subscription resolver (with the global guards) AND every
 * later event's `resolve` see the actor in `ActorContext`, so services, `DataScope` and `TenantDatabase` work in
 * subscriptions exactly as in queries. A WebSocket message has no request scope of its own; each `next()` of the
 * event stream is entered into the actor's scope, and the async work it starts inherits it.
 */
export function subscribeAsActor(actors: ActorContext): Subscribe {
  return async (args: ExecutionArgs) => {
    const scope = args.contextValue as Partial<SubscriptionScope> | undefined;
    const actor = scope?.actor;
    const within = <T>(work: () => T): T => (actor ? actors.run(actor, work, scope?.ip) : work());
    const result = await within(() => subscribe(args));
    if (!isAsyncIterator(result)) return result;
    return withinEachStep(result, within);
  };
}

function isAsyncIterator(value: unknown): value is AsyncGenerator<ExecutionResult, void, void> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

function withinEachStep(
  stream: AsyncGenerator<ExecutionResult, void, void>,
  within: <T>(work: () => T) => T,
): AsyncGenerator<ExecutionResult, void, void> {
  const wrapped: AsyncGenerator<ExecutionResult, void, void> = {
    next: () => within(() => stream.next()),
    return: () => within(() => stream.return()),
    throw: (error: unknown) => within(() => stream.throw(error)),
    [Symbol.asyncIterator]: () => wrapped,
    [Symbol.asyncDispose]: async () => {
      await stream.return();
    },
  };
  return wrapped;
}

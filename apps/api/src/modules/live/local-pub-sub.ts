/** Events a slow subscriber may fall behind by before the oldest are dropped (a stalled socket must not grow memory). */
export const MAX_QUEUED_EVENTS = 1_000;

interface Subscriber {
  readonly queue: unknown[];
  /** The pending `next()` of a subscriber waiting for an event. */
  wake: ((result: IteratorResult<unknown>) => void) | undefined;
  done: boolean;
}

/**
 * In-process fan-out by topic: each subscription is an async iterator with its own queue, removed from the topic
 * when it is returned (graphql-ws returns it when the client completes or the socket closes).
 */
export class LocalPubSub {
  private readonly topics = new Map<string, Set<Subscriber>>();

  emit(topic: string, payload: unknown): void {
    for (const subscriber of this.topics.get(topic) ?? []) {
      if (subscriber.wake) {
        const wake = subscriber.wake;
        subscriber.wake = undefined;
        wake({ value: payload, done: false });
      } else {
        subscriber.queue.push(payload);
        if (subscriber.queue.length > MAX_QUEUED_EVENTS) subscriber.queue.shift();
      }
    }
  }

  /** Subscriptions currently open on `topic` (tests, metrics). */
  subscriberCount(topic: string): number {
    return this.topics.get(topic)?.size ?? 0;
  }

  subscribe<P>(topic: string): AsyncIterableIterator<P> {
    const subscriber: Subscriber = { queue: [], wake: undefined, done: false };
    const subscribers = this.topics.get(topic) ?? new Set<Subscriber>();
    subscribers.add(subscriber);
    this.topics.set(topic, subscribers);
    const finish = (): Promise<IteratorResult<P>> => {
      subscriber.done = true;
      subscriber.queue.length = 0;
      subscriber.wake?.({ value: undefined, done: true });
      subscriber.wake = undefined;
      subscribers.delete(subscriber);
      if (subscribers.size === 0 && this.topics.get(topic) === subscribers) this.topics.delete(topic);
      return Promise.resolve({ value: undefined, done: true });
    };
    const iterator: AsyncIterableIterator<P> = {
      next: () => {
        if (subscriber.done) return Promise.resolve({ value: undefined, done: true });
        if (subscriber.queue.length > 0) return Promise.resolve({ value: subscriber.queue.shift() as P, done: false });
        return new Promise<IteratorResult<P>>((resolve) => {
          subscriber.wake = resolve as (result: IteratorResult<unknown>) => void;
        });
      },
      return: finish,
      throw: async (error: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}

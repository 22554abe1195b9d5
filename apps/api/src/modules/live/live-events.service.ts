import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { JsonObject } from '@anxin/rules';
import { encodeLiveEvent, LIVE_CHANNEL } from './live-event.codec';
import { LiveListener } from './live-listener';
import type { LiveTopic } from './live-topic';
import { LocalPubSub } from './local-pub-sub';

export interface LiveOptions {
  readonly databaseUrl: string;
  /** Hold a LISTEN connection and serve subscriptions (processes that serve GraphQL); others only publish. */
  readonly listen: boolean;
}

export const LIVE_OPTIONS = Symbol('LIVE_OPTIONS');

const NOTIFY_SQL = 'select pg_notify(?, ?)';

/**
 * Live events across processes, on PostgreSQL NOTIFY/LISTEN. Any process publishes (the worker, the api); each
 * process that serves GraphQL keeps ONE LISTEN connection and fans events out in-process to its subscriptions.
 *
 * ```ts
 * await live.publish(LIVE_TOPICS.notificationAdded(userId), { notificationId });          // now
 * await live.publishInTransaction(em, LIVE_TOPICS.notificationAdded(userId), { notificationId }); // on commit
 * return live.subscribe(LIVE_TOPICS.notificationAdded(actor.userId));                     // a @Subscription
 * ```
 *
 * Delivery is at most once and only to subscriptions open when the event arrives: events are hints to re-read,
 * never the only copy of anything.
 */
@Injectable()
export class LiveEvents implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LiveEvents.name);
  private readonly local = new LocalPubSub();
  private readonly listener: LiveListener | undefined;

  constructor(
    private readonly em: EntityManager,
    @Inject(LIVE_OPTIONS) options: LiveOptions,
  ) {
    this.listener = options.listen
      ? new LiveListener({
          databaseUrl: options.databaseUrl,
          onEvent: (event) => this.local.emit(event.topic, event.payload),
          onProblem: (message) => this.logger.warn(message),
        })
      : undefined;
  }

  async onModuleInit(): Promise<void> {
    await this.listener?.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.stop();
  }

  /** Sends the event now, to every api process (autocommit: even if the caller's transaction later rolls back). */
  async publish<P extends JsonObject>(topic: LiveTopic<P>, payload: P): Promise<void> {
    await this.em.fork().execute(NOTIFY_SQL, [LIVE_CHANNEL, encodeLiveEvent(topic.name, payload)]);
  }

  /**
   * Sends the event with the caller's transaction: PostgreSQL delivers NOTIFYs at commit, and drops them on rollback.
   * `em` must be the transaction's EntityManager (the one `transactional` hands to its callback).
   */
  async publishInTransaction<P extends JsonObject>(em: EntityManager, topic: LiveTopic<P>, payload: P): Promise<void> {
    await em.execute(NOTIFY_SQL, [LIVE_CHANNEL, encodeLiveEvent(topic.name, payload)]);
  }

  /**
   * The events of `topic` from now on, for a `@Subscription` resolver to return. Returning the iterator (graphql-ws
   * does when the client completes or disconnects) ends the subscription.
   */
  subscribe<P extends JsonObject>(topic: LiveTopic<P>): AsyncIterableIterator<P> {
    if (!this.listener) throw new Error('LiveEvents.subscribe in a process that does not listen (ROLE=worker)');
    return this.local.subscribe<P>(topic.name);
  }

  /** Open subscriptions on `topic` in this process. */
  subscriberCount(topic: LiveTopic<JsonObject>): number {
    return this.local.subscriberCount(topic.name);
  }
}

import type { JsonObject } from '@anxin/rules';

/**
 * A stream of live events whose payloads are `P`. The name selects the stream (`notificationAdded.<userId>`); the
 * payload type is only a compile-time tag, so `publish` and `subscribe` of one topic agree on what travels.
 * Payloads are small (ids, not documents): the subscription resolver reads the document for its subscriber, with
 * his scope, and PostgreSQL NOTIFY carries at most 8000 bytes.
 */
export class LiveTopic<P extends JsonObject> {
  declare readonly payloadType?: P;

  constructor(readonly name: string) {}
}

export interface NotificationAddedEvent extends JsonObject {
  readonly notificationId: string;
}

/** One instance whose tasks or ticket a step changed: whose inboxes (users, groups) and which ticket. */
export interface WorkChange extends JsonObject {
  readonly instanceId: string;
  readonly users: string[];
  readonly groups: string[];
  readonly ticketNumber: string | null;
}

export interface WorkChangedEvent extends JsonObject {
  readonly changes: WorkChange[];
}

/**
 * Every topic, one factory per kind of stream. Add a kind here, publish it with `LiveEvents.publish` (or
 * `publishInTransaction`, to send it only if the change commits) and subscribe to it in a `@Subscription` resolver
 * with `LiveEvents.subscribe`. Key each stream by what makes it private (a user id, a tenant and a ticket number):
 * a subscriber only ever receives its own stream, so no event needs filtering.
 */
export const LIVE_TOPICS = {
  /** A new in-app notification for this user (`app_user.id`). */
  notificationAdded: (userId: string) => new LiveTopic<NotificationAddedEvent>(`notificationAdded.${userId}`),
  /**
   * Engine steps of one company, batched: subscriptions (inbox, ticket timeline) keep the changes that concern
   * their subscriber and re-read with his scope.
   */
  workChanged: (tenantId: string) => new LiveTopic<WorkChangedEvent>(`workChanged.${tenantId}`),
} as const;

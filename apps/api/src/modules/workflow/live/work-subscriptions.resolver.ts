import { Args, Field, ID, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import type { Actor } from '../../../common/context/actor.type';
import { ActorContext } from '../../../common/context/actor-context.service';
import { LiveEvents } from '../../live/live-events.service';
import { LIVE_TOPICS, type WorkChange, type WorkChangedEvent } from '../../live/live-topic';
import { groupsOf } from '../access/instance-access.service';
import { TicketObject } from '../tickets/ticket.object';
import { TicketQueries } from '../tickets/ticket-queries.service';

@ObjectType('InboxChange', { description: 'Instances whose tasks changed for the subscriber: re-read `tasks(mine)`.' })
export class InboxChangeObject {
  @Field(() => [ID])
  processInstanceIds!: string[];
}

interface Matched {
  readonly changes: WorkChange[];
}

/** Keeps, from a company's stream of step events, the batches with a change `keep` accepts (only those changes). */
async function* matching(
  events: AsyncIterableIterator<WorkChangedEvent>,
  keep: (change: WorkChange) => boolean,
): AsyncGenerator<Matched> {
  try {
    for await (const event of events) {
      const changes = event.changes.filter(keep);
      if (changes.length > 0) yield { changes };
    }
  } finally {
    await events.return?.();
  }
}

function touchesInbox(actor: Actor): (change: WorkChange) => boolean {
  const groups = new Set(groupsOf(actor));
  return (change) => change.users.includes(actor.userId) || change.groups.some((g) => groups.has(g));
}

/** Live inbox and ticket updates (graphql-ws): hints built from engine steps, documents re-read with scope. */
@Resolver()
export class WorkSubscriptionsResolver {
  constructor(
    private readonly live: LiveEvents,
    private readonly actors: ActorContext,
    private readonly tickets: TicketQueries,
  ) {}

  @Subscription(() => InboxChangeObject, {
    description: 'Tasks assigned or offered to the caller (or his groups) changed; re-read the inbox.',
    resolve: (matched: Matched): InboxChangeObject => ({
      processInstanceIds: [...new Set(matched.changes.map((c) => c.instanceId))],
    }),
  })
  inboxChanged(): AsyncIterableIterator<Matched> {
    const actor = this.actors.require();
    return matching(this.live.subscribe(LIVE_TOPICS.workChanged(actor.tenantId)), touchesInbox(actor));
  }

  @Subscription(() => TicketObject, {
    description: 'The ticket each time a step changes it (status, fields, timeline), read with the caller’s scope.',
    async resolve(this: WorkSubscriptionsResolver, _matched: Matched, args: { number: string }): Promise<TicketObject> {
      return this.tickets.one(args.number);
    },
  })
  async ticketUpdated(@Args('number', { type: () => String }) number: string): Promise<AsyncIterableIterator<Matched>> {
    await this.tickets.one(number); // NOT_FOUND before subscribing when out of scope
    const actor = this.actors.require();
    return matching(this.live.subscribe(LIVE_TOPICS.workChanged(actor.tenantId)), (c) => c.ticketNumber === number);
  }
}

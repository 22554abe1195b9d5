import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { ActorContext } from '../../common/context/actor-context.service';
import { AppError } from '../../common/errors/app-error';
import { PageInput } from '../../common/graphql/page.input';
import { LiveEvents } from '../live/live-events.service';
import { LIVE_TOPICS, type NotificationAddedEvent } from '../live/live-topic';
import { NotificationObject } from './dtos/notification.object';
import { NotificationsService } from './notifications.service';

/** The signed-in user's in-app notifications: read them, mark them read, and hear of new ones live. */
@Resolver(() => NotificationObject)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly live: LiveEvents,
    private readonly actors: ActorContext,
  ) {}

  @Query(() => [NotificationObject], { description: "The caller's notifications, newest first." })
  notifications(
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly: boolean,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<NotificationObject[]> {
    return this.service.list({ unreadOnly, ...(page ? { page } : {}) });
  }

  @Query(() => Int, { description: "How many of the caller's notifications are unread." })
  unreadNotificationCount(): Promise<number> {
    return this.service.unreadCount();
  }

  @Mutation(() => [NotificationObject], {
    description:
      "Marks the caller's notifications among `ids` (at most 200) read and returns them; ids of other users' notifications are ignored.",
  })
  markNotificationsRead(@Args('ids', { type: () => [ID] }) ids: string[]): Promise<NotificationObject[]> {
    return this.service.markRead(ids);
  }

  @Subscription(() => NotificationObject, {
    description: "The caller's new notifications, as they are written (graphql-ws; see docs/api.md).",
    // Events carry only the id: the notification is read for the subscriber, in his tenant and scope.
    async resolve(this: NotificationsResolver, event: NotificationAddedEvent): Promise<NotificationObject> {
      const found = await this.service.get(event.notificationId);
      if (!found) throw AppError.notVisible('notification', event.notificationId);
      return found;
    },
  })
  notificationAdded(): AsyncIterableIterator<NotificationAddedEvent> {
    return this.live.subscribe(LIVE_TOPICS.notificationAdded(this.actors.require().userId));
  }
}

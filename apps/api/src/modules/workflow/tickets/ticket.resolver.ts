import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../../common/auth/public.decorator';
import { PageInput } from '../../../common/graphql/page.input';
import { TicketFilterInput, TicketObject, TicketPageObject, TrackedTicketObject } from './ticket.object';
import { TicketQueries } from './ticket-queries.service';

@Resolver()
export class TicketResolver {
  constructor(private readonly queries: TicketQueries) {}

  @Query(() => TicketPageObject, { description: 'Tickets in the caller’s scope, newest first.' })
  tickets(
    @Args('filter', { type: () => TicketFilterInput, nullable: true }) filter?: TicketFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<TicketPageObject> {
    return this.queries.list(filter, page);
  }

  @Query(() => TicketObject, { description: 'One ticket in the caller’s scope, with its timeline.' })
  ticket(@Args('number', { type: () => String }) number: string): Promise<TicketObject> {
    return this.queries.one(number);
  }

  @Public()
  @Query(() => TrackedTicketObject, { description: '查进度: public, rate limited; needs the contact phone.' })
  trackTicket(
    @Args('number', { type: () => String }) number: string,
    @Args('phone', { type: () => String }) phone: string,
  ): Promise<TrackedTicketObject> {
    return this.queries.track(number, phone);
  }
}

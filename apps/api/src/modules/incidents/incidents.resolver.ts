import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { IncidentStatus } from '@anxin/persistence';
import { Roles } from '../../common/auth/roles.decorator';
import { PageInput } from '../../common/graphql/page.input';
import { IncidentObject, IncidentStatusEnum } from './dtos/incident.object';
import { IncidentsService } from './incidents.service';

/** Failed jobs of the caller's company: admins and supervisors see and retry them. */
@Roles('admin', 'supervisor')
@Resolver(() => IncidentObject)
export class IncidentsResolver {
  constructor(private readonly service: IncidentsService) {}

  @Query(() => [IncidentObject], { description: "The company's incidents (OPEN by default), newest first." })
  incidents(
    @Args('status', { type: () => IncidentStatusEnum, nullable: true, defaultValue: 'open' }) status: IncidentStatus,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<IncidentObject[]> {
    return this.service.list({ status, ...(page ? { page } : {}) });
  }

  @Mutation(() => IncidentObject, {
    description: 'Runs the incident’s job again with fresh attempts and marks it RESOLVED (CONFLICT if it already is).',
  })
  retryIncident(@Args('id', { type: () => ID }) id: string): Promise<IncidentObject> {
    return this.service.retry(id);
  }
}

import { Query, Resolver } from '@nestjs/graphql';
import { HealthObject } from './health.object';
import { HealthService } from './health.service';

@Resolver(() => HealthObject)
export class HealthResolver {
  constructor(private readonly healthService: HealthService) {}

  @Query(() => HealthObject, { description: 'Server and database health; public, for status pages.' })
  health(): Promise<HealthObject> {
    return this.healthService.report();
  }
}

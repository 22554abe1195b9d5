import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/auth/public.decorator';
import { HealthObject } from './health.object';
import { HealthService } from './health.service';

@Public()
@Resolver(() => HealthObject)
export class HealthResolver {
  constructor(private readonly healthService: HealthService) {}

  @Query(() => HealthObject, { description: 'Server and database health; public, for status pages.' })
  health(): Promise<HealthObject> {
    return this.healthService.report();
  }
}

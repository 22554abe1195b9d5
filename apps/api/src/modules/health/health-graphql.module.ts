import { Module } from '@nestjs/common';
import { HealthModule } from './health.module';
import { HealthResolver } from './health.resolver';

/** The `health` query; only roles that serve GraphQL include it. */
@Module({ imports: [HealthModule], providers: [HealthResolver] })
export class HealthGraphqlModule {}

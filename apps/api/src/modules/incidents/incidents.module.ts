import { Module } from '@nestjs/common';
import { IncidentsResolver } from './incidents.resolver';
import { IncidentsService } from './incidents.service';

/** Incidents over GraphQL; `IncidentService` (the engine worker's, global) records and retries them. */
@Module({
  providers: [IncidentsService, IncidentsResolver],
})
export class IncidentsModule {}

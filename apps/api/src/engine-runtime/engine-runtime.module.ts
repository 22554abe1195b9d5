import { Module } from '@nestjs/common';
import { ConsistencyCheck } from './consistency-check.service';
import { DefinitionRegistry } from './definition-registry.service';
import { EngineRuntime } from './engine-runtime.service';
import { OutboxWake } from './outbox-wake';
import { ProcessQueries } from './process-queries.service';
import { DEFAULT_RUNTIME_OPTIONS, RUNTIME_OPTIONS } from './runtime-options';
import { StepDatabase } from './step-database';
import { StepEvents } from './step-events';

/** The durable engine: definitions and the step transaction. The job worker and the GraphQL layer build on it. */
@Module({
  providers: [
    DefinitionRegistry,
    EngineRuntime,
    StepDatabase,
    StepEvents,
    OutboxWake,
    ProcessQueries,
    ConsistencyCheck,
    { provide: RUNTIME_OPTIONS, useValue: DEFAULT_RUNTIME_OPTIONS },
  ],
  exports: [DefinitionRegistry, EngineRuntime, StepEvents, ProcessQueries, ConsistencyCheck, RUNTIME_OPTIONS],
})
export class EngineRuntimeModule {}

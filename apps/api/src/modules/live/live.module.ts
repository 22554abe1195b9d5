import { type DynamicModule, Module } from '@nestjs/common';
import { EngineRuntimeModule } from '../../engine-runtime/engine-runtime.module';
import { LIVE_OPTIONS, LiveEvents, type LiveOptions } from './live-events.service';
import { StepLivePublisher } from './step-live-publisher.service';

/**
 * Live events for every role (global): workers publish (engine steps through {@link StepLivePublisher}), processes
 * serving GraphQL also listen. The GraphQL side
 * (connection authentication, subscriptions) is in the API's own modules.
 */
@Module({})
export class LiveModule {
  static forRoot(options: LiveOptions): DynamicModule {
    return {
      module: LiveModule,
      global: true,
      imports: [EngineRuntimeModule],
      providers: [{ provide: LIVE_OPTIONS, useValue: options }, LiveEvents, StepLivePublisher],
      exports: [LiveEvents],
    };
  }
}

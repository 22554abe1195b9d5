import { type DynamicModule, Module } from '@nestjs/common';
import { LIVE_OPTIONS, LiveEvents, type LiveOptions } from './live-events.service';

/**
 * Live events for every role (global): workers publish, processes serving GraphQL also listen. The GraphQL side
 * (connection authentication, subscriptions) is in the API's own modules.
 */
@Module({})
export class LiveModule {
  static forRoot(options: LiveOptions): DynamicModule {
    return {
      module: LiveModule,
      global: true,
      providers: [{ provide: LIVE_OPTIONS, useValue: options }, LiveEvents],
      exports: [LiveEvents],
    };
  }
}

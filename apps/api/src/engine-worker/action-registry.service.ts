import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { ActionHandlerFor, type ActionHandler } from './action-handler.type';
import { JobFailure } from './job-failure.error';

/** The action handlers of the app, by name, collected from every provider marked `@ActionHandlerFor(name)`. */
@Injectable()
export class ActionRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, ActionHandler>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: ActionHandlerFor.KEY })) {
      const name = this.discovery.getMetadataByDecorator(ActionHandlerFor, wrapper);
      const handler = wrapper.instance as ActionHandler | undefined;
      if (!name || !handler || typeof handler.run !== 'function') continue;
      const existing = this.handlers.get(name);
      if (existing && existing !== handler) {
        throw new Error(`two action handlers are registered for "${name}"`);
      }
      this.handlers.set(name, handler);
    }
  }

  /** The handler of an action; an action nobody handles is a {@link JobFailure} (an incident, not a retry). */
  get(name: string): ActionHandler {
    const handler = this.handlers.get(name);
    if (!handler) throw JobFailure.unknownAction(name);
    return handler;
  }

  names(): string[] {
    return [...this.handlers.keys()].sort();
  }
}

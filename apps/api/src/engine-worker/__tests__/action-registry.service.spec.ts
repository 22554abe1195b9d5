import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ActionHandlerFor, type ActionHandler } from '../action-handler.type';
import { ActionRegistry } from '../action-registry.service';
import { JobFailure } from '../job-failure.error';

@Injectable()
@ActionHandlerFor('dispatch')
class DispatchAction implements ActionHandler {
  run() {
    return Promise.resolve({ workOrderId: 'W-1' });
  }
}

@Injectable()
@ActionHandlerFor('dispatch')
class OtherDispatchAction implements ActionHandler {
  run() {
    return Promise.resolve(null);
  }
}

async function registryWith(...handlers: (new () => ActionHandler)[]): Promise<ActionRegistry> {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [ActionRegistry, ...handlers],
  }).compile();
  await moduleRef.init();
  return moduleRef.get(ActionRegistry);
}

function failureOf(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('ActionRegistry', () => {
  it('should find the handlers marked with @ActionHandlerFor by their name', async () => {
    // given a provider marked as the `dispatch` handler, when the module starts
    const registry = await registryWith(DispatchAction);
    // then it serves `dispatch`
    expect(registry.names()).toEqual(['dispatch']);
    expect(registry.get('dispatch')).toBeInstanceOf(DispatchAction);
  });

  it('should answer an unknown action with a failure no retry can fix', async () => {
    const registry = await registryWith(DispatchAction);
    const lookup = () => registry.get('fax');
    expect(lookup).toThrow('no action handler is registered for "fax"');
    expect(failureOf(lookup)).toBeInstanceOf(JobFailure);
  });

  it('should refuse to start with two handlers for one name', async () => {
    await expect(registryWith(DispatchAction, OtherDispatchAction)).rejects.toThrow(
      'two action handlers are registered for "dispatch"',
    );
  });
});

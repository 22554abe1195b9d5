import { Injectable } from '@nestjs/common';
import type { JsonValue } from '@anxin/rules';
import { ActionHandlerFor, type ActionHandler } from '../src/engine-worker/action-handler.type';

/** The action of the lock-reclaim benchmark's service task (fixtures/hold-action.bpmn). */
export const HOLD_ACTION = 'bench.hold';

/** In the worker that will crash: takes the job and never finishes, so the job stays locked by this worker. */
@Injectable()
@ActionHandlerFor(HOLD_ACTION)
export class HangingHoldAction implements ActionHandler {
  run(): Promise<JsonValue | undefined> {
    process.stdout.write('holding\n');
    return new Promise<undefined>(() => undefined);
  }
}

/** In the worker that survives: notes when each action ran again, and finishes it. */
@Injectable()
@ActionHandlerFor(HOLD_ACTION)
export class RecordingHoldAction implements ActionHandler {
  readonly ranAt: number[] = [];

  run(): Promise<JsonValue | undefined> {
    this.ranAt.push(Date.now());
    return Promise.resolve({ done: true });
  }
}

import { Injectable } from '@nestjs/common';
import type { JsonValue } from '@anxin/rules';
import { ActionFailure } from '../../src/engine-worker/action-failure.error';
import { ActionHandlerFor, type ActionContext, type ActionHandler } from '../../src/engine-worker/action-handler.type';

/**
 * The test's action, doing what its `behaviour` input says: `succeed`, `refuse` (a business failure
 * CHECK_REFUSED), `fail-once` (a technical failure on the first attempt), `fail-until-fixed` (technical failures
 * until the test sets `fixed`), `slow` (succeeds after 2.5 s, longer than the harness's 1 s liveness threshold). It
 * counts its runs per action.
 */
@Injectable()
@ActionHandlerFor('scripted')
export class ScriptedAction implements ActionHandler {
  fixed = false;
  readonly runs = new Map<string, number>();

  run(context: ActionContext): Promise<JsonValue> {
    this.runs.set(context.actionId, (this.runs.get(context.actionId) ?? 0) + 1);
    switch (context.input['behaviour']) {
      case 'succeed':
        return Promise.resolve({ verdict: `ok:${JSON.stringify(context.input['unit'] ?? null)}` });
      case 'refuse':
        return Promise.reject(new ActionFailure('CHECK_REFUSED', 'the contractor is not certified'));
      case 'fail-once':
        if (context.attempt === 1) return Promise.reject(new Error('upstream timed out'));
        return Promise.resolve({ verdict: `ok after ${context.attempt} attempts` });
      case 'slow':
        return new Promise((resolve) => setTimeout(() => resolve({ verdict: 'ok, slowly' }), 2_500));
      case 'fail-until-fixed':
        if (!this.fixed) return Promise.reject(new Error('upstream is down'));
        return Promise.resolve({ verdict: 'ok once fixed' });
      default:
        return Promise.reject(new Error(`unknown behaviour ${JSON.stringify(context.input['behaviour'])}`));
    }
  }
}

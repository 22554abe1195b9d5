import type { ProcessModel } from '../../model/process-model.type';
import { flagOf, idOf, trimmedOf, type ModdleElement } from '../moddle-element';
import { createReadContext, type ReadContext } from './read-context';
import { readProcessVariables } from './read-process-variables';
import { readRuleText } from './read-rule-text';
import { readScope } from './read-scope';
import { readTicket } from './read-ticket';

/** A process read into the model, with the reading context the checks continue from. */
export interface ProcessReading {
  readonly model: ProcessModel;
  readonly ctx: ReadContext;
}

/** Reads a `<bpmn:process>` into a {@link ProcessModel}, collecting the problems found on the way. */
export function readProcess(process: ModdleElement, definitionsId: string): ProcessReading {
  const key = idOf(process) ?? '';
  const ctx = createReadContext(key);
  const name = trimmedOf(process, 'name');
  const { variables, indexed } = readProcessVariables(process, ctx);
  const ticket = readTicket(process, ctx);
  const revokeText = trimmedOf(process, 'revokeCondition');
  const revokeCondition =
    revokeText === undefined
      ? undefined
      : readRuleText(
          { text: revokeText, elementId: key, path: 'anxin:revokeCondition', what: 'anxin:revokeCondition' },
          ctx,
        );
  readScope({ el: process, scopeId: key }, ctx);
  const scope = ctx.scopes[key] ?? { id: key, noneStartIds: [], messageStartIds: {}, nodeIds: [] };
  const model: ProcessModel = {
    key,
    ...(name !== undefined && { name }),
    definitionsId,
    variables,
    indexedVariables: indexed,
    allowRevoke: flagOf(process, 'allowRevoke') !== false,
    ...(ticket !== undefined && { ticket }),
    ...(revokeCondition !== undefined && { revokeCondition }),
    elements: ctx.elements,
    flows: ctx.flows,
    scope,
    scopes: ctx.scopes,
  };
  return { model, ctx };
}

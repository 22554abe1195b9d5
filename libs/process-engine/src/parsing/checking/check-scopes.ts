import type { ModelProblem } from '../../model/model-problem.type';
import type { ProcessModel, ScopeModel } from '../../model/process-model.type';
import { modelProblem } from '../model-problem.util';

function checkTopStart(model: ProcessModel): ModelProblem[] {
  const { scope } = model;
  if (scope.noneStartIds.length > 0 || Object.keys(scope.messageStartIds).length > 0) return [];
  const message = `Process "${model.key}" has no start event; add a none or message start event.`;
  return [modelProblem({ code: 'start.missing', elementId: model.key, path: 'flowElements', message })];
}

function checkEnd(model: ProcessModel, scope: ScopeModel): ModelProblem[] {
  if (scope.nodeIds.some((id) => model.elements[id]?.type === 'endEvent')) return [];
  const what = scope.id === model.key ? 'Process' : 'Sub-process';
  const message = `${what} "${scope.id}" has no end event.`;
  return [modelProblem({ code: 'end.missing', elementId: scope.id, path: 'flowElements', message })];
}

function checkSubProcessStart(model: ProcessModel, scope: ScopeModel): ModelProblem[] {
  const starts = scope.nodeIds.filter((id) => model.elements[id]?.type === 'startEvent');
  if (starts.length === 1 && scope.noneStartIds.length === 1) return [];
  const found = starts.length === 0 ? 'none' : starts.map((id) => `"${id}"`).join(', ');
  const message = `Sub-process "${scope.id}" needs exactly one start event without definition; found ${found}.`;
  return [modelProblem({ code: 'subProcess.startInvalid', elementId: scope.id, path: 'flowElements', message })];
}

/** Start and end events: a top-level start, an end in every scope, one none start per sub-process. */
export function checkScopes(model: ProcessModel): ModelProblem[] {
  const scopes = Object.values(model.scopes);
  return [
    ...checkTopStart(model),
    ...scopes.flatMap((scope) => checkEnd(model, scope)),
    ...scopes.filter((scope) => scope.id !== model.key).flatMap((scope) => checkSubProcessStart(model, scope)),
  ];
}

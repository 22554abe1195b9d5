import type { ModelProblem } from '../model/model-problem.type';
import { modelProblem } from './model-problem.util';
import { childrenOf, flagOf, idOf, type ModdleElement } from './moddle-element';

export type ProcessSelection =
  { readonly process: ModdleElement; readonly others: readonly ModdleElement[] } | { readonly problem: ModelProblem };

function listIds(processes: readonly ModdleElement[]): string {
  return processes.map((p) => `"${idOf(p) ?? '?'}"`).join(', ');
}

function byKey(processes: readonly ModdleElement[], key: string): ProcessSelection {
  const process = processes.find((p) => idOf(p) === key);
  if (process !== undefined) return { process, others: processes.filter((p) => p !== process) };
  const known = processes.length > 0 ? ` Processes here: ${listIds(processes)}.` : '';
  const message = `There is no process "${key}" in the document.${known}`;
  return { problem: modelProblem({ code: 'process.missing', path: 'rootElements', message }) };
}

/**
 * Picks the process to read: the one named by `processKey`, else the only executable one (`isExecutable="true"`).
 * Other processes (pools of a collaboration) are returned so their lint findings can be left out.
 */
export function selectProcess(definitions: ModdleElement, processKey: string | undefined): ProcessSelection {
  const processes = childrenOf(definitions, 'rootElements').filter((el) => el.$type === 'bpmn:Process');
  if (processKey !== undefined) return byKey(processes, processKey);
  const executable = processes.filter((p) => flagOf(p, 'isExecutable') === true);
  const [process] = executable;
  if (process !== undefined && executable.length === 1) {
    return { process, others: processes.filter((p) => p !== process) };
  }
  if (executable.length > 1) {
    const message = `The document holds several executable processes (${listIds(executable)}); pass a processKey.`;
    return { problem: modelProblem({ code: 'process.multiple', path: 'rootElements', message }) };
  }
  const hint = processes.length > 0 ? ` Mark one with isExecutable="true" (found ${listIds(processes)}).` : '';
  const message = `The document holds no executable process.${hint}`;
  return { problem: modelProblem({ code: 'process.missing', path: 'rootElements', message }) };
}

/** The ids of these processes and of everything inside them (flow elements, artifacts, nested sub-processes). */
export function idsWithin(processes: readonly ModdleElement[]): Set<string> {
  const ids = new Set<string>();
  const visit = (el: ModdleElement): void => {
    const id = idOf(el);
    if (id !== undefined) ids.add(id);
    [...childrenOf(el, 'flowElements'), ...childrenOf(el, 'artifacts')].forEach(visit);
  };
  processes.forEach(visit);
  return ids;
}

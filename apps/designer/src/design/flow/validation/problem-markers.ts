import type { DefinitionProblem } from '../flow.operations';

interface Canvas {
  addMarker(element: string, marker: string): void;
  removeMarker(element: string, marker: string): void;
}
interface Overlays {
  add(element: string, type: string, overlay: { position: Record<string, number>; html: HTMLElement }): string;
  remove(filter: { type: string }): void;
}
interface ElementRegistry {
  get(id: string): unknown;
}
export interface DiagramServices {
  get<T>(name: string): T;
}

const MARKERS = ['anxin-problem-error', 'anxin-problem-warning'] as const;

/** The worst severity per element among the problems that name one. */
export function severityByElement(problems: readonly DefinitionProblem[]): Map<string, 'error' | 'warning'> {
  const result = new Map<string, 'error' | 'warning'>();
  for (const problem of problems) {
    if (!problem.elementId || (problem.severity !== 'error' && problem.severity !== 'warning')) continue;
    if (result.get(problem.elementId) !== 'error') result.set(problem.elementId, problem.severity);
  }
  return result;
}

/**
 * Shows `validateDefinition`'s problems on the diagram: a red or orange outline on each element a problem names
 * and a badge with how many; the previous markers are cleared first. Problems about no element stay in the list.
 */
export function showProblems(
  modeler: DiagramServices,
  problems: readonly DefinitionProblem[],
  previous: readonly string[],
): string[] {
  const canvas = modeler.get<Canvas>('canvas');
  const overlays = modeler.get<Overlays>('overlays');
  const registry = modeler.get<ElementRegistry>('elementRegistry');
  for (const id of previous) if (registry.get(id)) for (const marker of MARKERS) canvas.removeMarker(id, marker);
  overlays.remove({ type: 'anxin-problem' });
  const severities = severityByElement(problems);
  const marked: string[] = [];
  for (const [id, severity] of severities) {
    if (!registry.get(id)) continue;
    canvas.addMarker(id, `anxin-problem-${severity}`);
    const badge = document.createElement('div');
    badge.className = `anxin-problem-badge anxin-problem-badge-${severity}`;
    badge.dataset['testid'] = `problem-badge-${id}`;
    badge.textContent = String(problems.filter((problem) => problem.elementId === id).length);
    overlays.add(id, 'anxin-problem', { position: { top: -10, right: 10 }, html: badge });
    marked.push(id);
  }
  return marked;
}

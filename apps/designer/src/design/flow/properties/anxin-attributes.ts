import { type ModdleElement, type PanelCommand, update } from './moddle-element.type';

/** The `anxin:` attributes of docs/definitions/bpmn.md, by the element type that carries them. */
export type AnxinAttribute =
  | 'status'
  | 'assignee'
  | 'candidateUsers'
  | 'candidateGroups'
  | 'formKey'
  | 'sla'
  | 'slaCalendar'
  | 'emptyApprover'
  | 'initiatorApprover'
  | 'action'
  | 'decision'
  | 'calledVersion'
  | 'collection'
  | 'elementVariable'
  | 'calendar'
  | 'revokeCondition';

/** An `anxin:` attribute's text ('' when absent). */
export function anxinAttribute(bo: ModdleElement | undefined, name: AnxinAttribute): string {
  const value = bo?.get(`anxin:${name}`);
  return typeof value === 'string' ? value : '';
}

/** Sets `anxin:` attributes; blank text removes the attribute (the engine's default applies). */
export function setAnxinAttributes(
  element: unknown,
  bo: ModdleElement,
  values: Partial<Record<AnxinAttribute, string | undefined>>,
): PanelCommand {
  const properties: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    properties[`anxin:${name}`] = value === undefined || value.trim() === '' ? undefined : value.trim();
  }
  return update(element, bo, properties);
}

import { type ElementFactory, type ModdleElement, type PanelCommand, update } from './moddle-element.type';

/** The `extensionElements` children of an element of one type (`anxin:Approval`, `anxin:Field`, …). */
export function extensionsOf(bo: ModdleElement, type: string): ModdleElement[] {
  const extensions = bo.get('extensionElements') as ModdleElement | undefined;
  const values = (extensions?.get('values') as ModdleElement[] | undefined) ?? [];
  return values.filter((value) => value.$type === type);
}

/**
 * Replaces the `extensionElements` children of `type` with `next` (in that order, after the other children),
 * creating `extensionElements` when the element has none, and dropping it when nothing is left in it.
 */
export function replaceExtensions(options: {
  element: unknown;
  bo: ModdleElement;
  type: string;
  next: readonly ModdleElement[];
  factory: ElementFactory;
}): PanelCommand[] {
  const { element, bo, type, next, factory } = options;
  const existing = bo.get('extensionElements') as ModdleElement | undefined;
  const others = ((existing?.get('values') as ModdleElement[] | undefined) ?? []).filter((v) => v.$type !== type);
  const values = [...others, ...next];
  if (!existing) {
    if (values.length === 0) return [];
    const created = factory.create('bpmn:ExtensionElements', { values });
    for (const value of values) value.$parent = created;
    created.$parent = bo;
    return [update(element, bo, { extensionElements: created })];
  }
  for (const value of next) value.$parent = existing;
  if (values.length === 0) return [update(element, bo, { extensionElements: undefined })];
  return [update(element, existing, { values })];
}

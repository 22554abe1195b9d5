/**
 * The slice of a bpmn-js / bpmn-moddle element the anxin properties read and write. Both the modeler's business
 * objects and a plain bpmn-moddle's elements have this shape, so the logic runs (and is tested) without a canvas.
 */
export interface ModdleElement {
  readonly $type: string;
  $parent?: ModdleElement;
  id?: string;
  get(name: string): unknown;
}

/** Creates moddle elements: bpmn-js' `bpmnFactory` in the modeler, a bpmn-moddle in tests. */
export interface ElementFactory {
  create(type: string, attrs?: Readonly<Record<string, unknown>>): ModdleElement;
}

/**
 * One step of an edit, run by the properties panel's `properties-panel.multi-command-executor` so that a whole edit
 * is one undo step. `element` is the diagram element (shape or connection) the edit belongs to.
 */
export interface PanelCommand {
  cmd: 'element.updateModdleProperties';
  context: { element: unknown; moddleElement: ModdleElement; properties: Record<string, unknown> };
}

export function update(
  element: unknown,
  moddleElement: ModdleElement,
  properties: Record<string, unknown>,
): PanelCommand {
  return { cmd: 'element.updateModdleProperties', context: { element, moddleElement, properties } };
}

export function isType(element: ModdleElement | undefined, type: string): boolean {
  return element?.$type === type;
}

/** A string property's text ('' when absent or not text). */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

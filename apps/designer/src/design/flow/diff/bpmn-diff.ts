import { BpmnModdle } from 'bpmn-moddle';
import { anxinModdle } from '@anxin/process-engine';

/** One property that differs between two versions: a path inside the element (`anxin:approval.mode`). */
export interface PropertyChange {
  path: string;
  before?: string;
  after?: string;
}

export interface ElementChange {
  id: string;
  /** `bpmn:UserTask`, `bpmn:SequenceFlow`, … */
  type: string;
  name?: string;
  change: 'added' | 'removed' | 'changed';
  /** For `changed` only. */
  properties: PropertyChange[];
}

interface Descriptor {
  properties: readonly {
    name: string;
    ns: { name: string; prefix: string; localName: string };
    isReference?: boolean;
  }[];
}
interface Element {
  $type: string;
  $descriptor: Descriptor;
  $attrs?: Record<string, string>;
  id?: string;
  name?: string;
  get(name: string): unknown;
}

// Children compared as elements of their own (flowElements), derived from the flows (incoming, outgoing), or
// drawing only (di): a move on the canvas is not a change of the process.
const SKIPPED = new Set(['id', 'flowElements', 'incoming', 'outgoing', 'di', 'artifacts', 'laneSets']);

function isElement(value: unknown): value is Element {
  return typeof value === 'object' && value !== null && '$type' in value && '$descriptor' in value;
}

function referenceText(value: unknown): string {
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) => (isElement(item) ? (item.id ?? item.$type) : String(item))).join(', ');
}

/** The element's properties as `path → text`, nested elements flattened (extension elements named by type). */
function describe(element: Element, prefix: string, out: Map<string, string>): void {
  for (const [name, value] of Object.entries(element.$attrs ?? {})) {
    // Namespaces and xsi:type are spelling: bpmn-js writes `xsi:type="bpmn:tFormalExpression"` on what it edits.
    if (!name.startsWith('xmlns') && name !== 'xsi:type') out.set(`${prefix}${name}`, value);
  }
  for (const property of element.$descriptor.properties) {
    const name = property.ns.name;
    if (SKIPPED.has(property.name)) continue;
    const value = element.get(name);
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    // Own-namespace properties by their local name (`mode` of anxin:Approval), others qualified (`anxin:status`).
    const own = property.ns.prefix === element.$type.split(':')[0];
    const path = prefix + (own ? property.ns.localName : name);
    if (property.isReference) out.set(path, referenceText(value));
    else if (Array.isArray(value)) describeMany(value, path, out);
    else if (isElement(value)) describe(value, `${path}.`, out);
    else out.set(path, typeof value === 'string' ? value : JSON.stringify(value));
  }
}

function describeMany(values: readonly unknown[], path: string, out: Map<string, string>): void {
  if (!values.every(isElement)) {
    out.set(path, values.map(String).join(', '));
    return;
  }
  // Extension elements are numbered per type (`extensionElements.anxin:Field[1]`), so that adding an approval
  // does not renumber the field permissions.
  const counts = new Map<string, number>();
  for (const value of values) {
    const base = path.endsWith('.values') ? `${path.slice(0, -'values'.length)}${value.$type}` : path;
    const index = counts.get(base) ?? 0;
    counts.set(base, index + 1);
    describe(value, `${base}[${index}].`, out);
  }
}

/** Every element with an id of the model: root elements, processes and their flow elements, sub-processes' too. */
function elementsOf(definitions: Element): Map<string, Element> {
  const result = new Map<string, Element>();
  const visit = (element: Element) => {
    if (element.id) result.set(element.id, element);
    for (const child of (element.get('flowElements') as Element[] | undefined) ?? []) visit(child);
  };
  for (const root of (definitions.get('rootElements') as Element[] | undefined) ?? []) visit(root);
  return result;
}

function propertiesOf(element: Element): Map<string, string> {
  const out = new Map<string, string>();
  describe(element, '', out);
  return out;
}

/** The differences between two models' roots (`bpmn:Definitions`), in the order of the newer model. */
export function diffDefinitions(before: unknown, after: unknown): ElementChange[] {
  const old = elementsOf(before as Element);
  const next = elementsOf(after as Element);
  const changes: ElementChange[] = [];
  const summary = (element: Element, change: ElementChange['change']): ElementChange => ({
    id: element.id ?? '',
    type: element.$type,
    ...(element.name ? { name: element.name } : {}),
    change,
    properties: [],
  });
  for (const [id, element] of next) {
    const previous = old.get(id);
    if (!previous) {
      changes.push(summary(element, 'added'));
      continue;
    }
    const a = propertiesOf(previous);
    const b = propertiesOf(element);
    const properties: PropertyChange[] = [];
    for (const path of new Set([...a.keys(), ...b.keys()])) {
      if (a.get(path) === b.get(path)) continue;
      const change: PropertyChange = { path };
      if (a.has(path)) change.before = a.get(path)!;
      if (b.has(path)) change.after = b.get(path)!;
      properties.push(change);
    }
    if (properties.length > 0 || previous.$type !== element.$type) {
      changes.push({ ...summary(element, 'changed'), properties });
    }
  }
  for (const [id, element] of old) if (!next.has(id)) changes.push(summary(element, 'removed'));
  return changes;
}

/** Reads both BPMN XML documents (with the `anxin` extension) and compares them; diagram layout is ignored. */
export async function diffBpmn(beforeXml: string, afterXml: string): Promise<ElementChange[]> {
  const moddle = BpmnModdle({ anxin: anxinModdle });
  const [before, after] = await Promise.all([moddle.fromXML(beforeXml), moddle.fromXML(afterXml)]);
  return diffDefinitions(before.rootElement, after.rootElement);
}

const BPMN = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const BPMNDI = 'http://www.omg.org/spec/BPMN/20100524/DI';
const DC = 'http://www.omg.org/spec/DD/20100524/DC';
const DI = 'http://www.omg.org/spec/DD/20100524/DI';

const SIZES: Readonly<Record<string, { width: number; height: number }>> = {
  event: { width: 36, height: 36 },
  gateway: { width: 50, height: 50 },
  activity: { width: 100, height: 80 },
};
const COLUMN = 150;
const ROW = 120;
const MARGIN = 60;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function sizeOf(element: Element): { width: number; height: number } {
  const name = element.localName;
  if (name.endsWith('Event')) return SIZES['event']!;
  if (name.endsWith('Gateway')) return SIZES['gateway']!;
  return SIZES['activity']!;
}

function childrenNamed(container: Element, predicate: (name: string) => boolean): Element[] {
  return Array.from(container.children).filter((child) => child.namespaceURI === BPMN && predicate(child.localName));
}

/**
 * Layered columns, left to right: each node one column after its furthest predecessor (back edges of loops
 * ignored), stacked in order of discovery within a column. Boundary events sit on their host's lower edge.
 */
function layoutNodes(nodes: Element[], flows: Element[], boundaries: Element[]): Map<string, Box> {
  const ids = nodes.map((node) => node.getAttribute('id')!);
  const hostOf = new Map(boundaries.map((b) => [b.getAttribute('id')!, b.getAttribute('attachedToRef') ?? '']));
  const outgoing = new Map<string, string[]>();
  for (const flow of flows) {
    const source = flow.getAttribute('sourceRef') ?? '';
    const from = hostOf.get(source) ?? source;
    outgoing.set(from, [...(outgoing.get(from) ?? []), flow.getAttribute('targetRef') ?? '']);
  }
  const incoming = new Set([...outgoing.values()].flat());
  const column = new Map<string, number>();
  const onPath = new Set<string>();
  const visit = (id: string, depth: number) => {
    if (onPath.has(id) || (column.get(id) ?? -1) >= depth || !ids.includes(id)) return;
    column.set(id, depth);
    onPath.add(id);
    for (const next of outgoing.get(id) ?? []) visit(next, depth + 1);
    onPath.delete(id);
  };
  for (const id of ids.filter((id) => !incoming.has(id))) visit(id, 0);
  for (const id of ids) if (!column.has(id)) visit(id, 0);
  const rows = new Map<number, number>();
  const boxes = new Map<string, Box>();
  for (const node of nodes) {
    const id = node.getAttribute('id')!;
    const col = column.get(id) ?? 0;
    const row = rows.get(col) ?? 0;
    rows.set(col, row + 1);
    const { width, height } = sizeOf(node);
    boxes.set(id, {
      x: MARGIN + col * COLUMN + (100 - width) / 2,
      y: MARGIN + row * ROW + (80 - height) / 2,
      width,
      height,
    });
  }
  const perHost = new Map<string, number>();
  for (const boundary of boundaries) {
    const host = boxes.get(hostOf.get(boundary.getAttribute('id')!) ?? '');
    if (!host) continue;
    const index = perHost.get(boundary.getAttribute('attachedToRef')!) ?? 0;
    perHost.set(boundary.getAttribute('attachedToRef')!, index + 1);
    boxes.set(boundary.getAttribute('id')!, {
      x: host.x + 10 + index * 30,
      y: host.y + host.height - 18,
      width: 36,
      height: 36,
    });
  }
  return boxes;
}

function waypoints(source: Box, target: Box): [number, number][] {
  const start: [number, number] = [source.x + source.width, source.y + source.height / 2];
  const end: [number, number] = [target.x, target.y + target.height / 2];
  if (Math.abs(start[1] - end[1]) < 1) return [start, end];
  const middle = end[0] > start[0] ? (start[0] + end[0]) / 2 : start[0] + 20;
  return [start, [middle, start[1]], [middle, end[1]], end];
}

function planeOf(document: Document, container: Element): Element {
  const flowNodes = childrenNamed(
    container,
    (n) =>
      n !== 'sequenceFlow' &&
      n !== 'boundaryEvent' &&
      n !== 'extensionElements' &&
      n !== 'multiInstanceLoopCharacteristics' &&
      n !== 'documentation' &&
      n !== 'laneSet' &&
      !n.startsWith('text') &&
      n !== 'association' &&
      n !== 'dataObject',
  );
  const boundaries = childrenNamed(container, (n) => n === 'boundaryEvent');
  const flows = childrenNamed(container, (n) => n === 'sequenceFlow');
  const boxes = layoutNodes(flowNodes, flows, boundaries);
  const plane = document.createElementNS(BPMNDI, 'bpmndi:BPMNPlane');
  plane.setAttribute('id', `${container.getAttribute('id')}_plane`);
  plane.setAttribute('bpmnElement', container.getAttribute('id')!);
  for (const node of [...flowNodes, ...boundaries]) {
    const id = node.getAttribute('id')!;
    const box = boxes.get(id);
    if (!box) continue;
    const shape = document.createElementNS(BPMNDI, 'bpmndi:BPMNShape');
    shape.setAttribute('id', `${id}_di`);
    shape.setAttribute('bpmnElement', id);
    if (node.localName === 'subProcess') shape.setAttribute('isExpanded', 'false');
    const bounds = document.createElementNS(DC, 'dc:Bounds');
    for (const key of ['x', 'y', 'width', 'height'] as const) bounds.setAttribute(key, String(Math.round(box[key])));
    shape.appendChild(bounds);
    plane.appendChild(shape);
  }
  for (const flow of flows) {
    const source = boxes.get(flow.getAttribute('sourceRef') ?? '');
    const target = boxes.get(flow.getAttribute('targetRef') ?? '');
    if (!source || !target) continue;
    const edge = document.createElementNS(BPMNDI, 'bpmndi:BPMNEdge');
    edge.setAttribute('id', `${flow.getAttribute('id')}_di`);
    edge.setAttribute('bpmnElement', flow.getAttribute('id')!);
    for (const [x, y] of waypoints(source, target)) {
      const point = document.createElementNS(DI, 'di:waypoint');
      point.setAttribute('x', String(Math.round(x)));
      point.setAttribute('y', String(Math.round(y)));
      edge.appendChild(point);
    }
    plane.appendChild(edge);
  }
  return plane;
}

/**
 * Adds a diagram (BPMN DI) to a model that has none: our definitions may omit it (definitions/bpmn.md), and
 * bpmn-js draws only what DI places. Each process gets a plane; each sub-process is drawn collapsed and gets its
 * own plane (bpmn-js drills down into it). A model that has DI is returned unchanged.
 */
export function withAutoLayout(xml: string): string {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const definitions = document.documentElement;
  if (document.getElementsByTagName('parsererror').length > 0) return xml;
  if (document.getElementsByTagNameNS(BPMNDI, 'BPMNDiagram').length > 0) return xml;
  const containers = [
    ...Array.from(document.getElementsByTagNameNS(BPMN, 'process')),
    ...Array.from(document.getElementsByTagNameNS(BPMN, 'subProcess')),
  ];
  containers.forEach((container, index) => {
    const diagram = document.createElementNS(BPMNDI, 'bpmndi:BPMNDiagram');
    diagram.setAttribute('id', `diagram_${index}`);
    diagram.appendChild(planeOf(document, container));
    definitions.appendChild(diagram);
  });
  return new XMLSerializer().serializeToString(document);
}

/** The sub-processes (by id) that contain each element, outermost first: an active step inside shows on them. */
export function enclosingSubProcesses(xml: string): Map<string, string[]> {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const result = new Map<string, string[]>();
  for (const sub of Array.from(document.getElementsByTagNameNS(BPMN, 'subProcess'))) {
    for (const inner of Array.from(sub.getElementsByTagNameNS(BPMN, '*'))) {
      const id = inner.getAttribute('id');
      if (id) result.set(id, [...(result.get(id) ?? []), sub.getAttribute('id')!]);
    }
  }
  return result;
}

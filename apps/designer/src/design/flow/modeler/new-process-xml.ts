/** An empty executable process with one start event (drawn), for a new flow. */
export function newProcessXml(key: string, name: string): string {
  const escaped = name.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:anxin="http://anxin.dev/schema/bpmn/1.0" id="defs-${key}" targetNamespace="http://anxin.dev/definitions">
  <bpmn:process id="${key}" name="${escaped}" isExecutable="true">
    <bpmn:startEvent id="start" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="diagram-${key}">
    <bpmndi:BPMNPlane id="plane-${key}" bpmnElement="${key}">
      <bpmndi:BPMNShape id="start_di" bpmnElement="start">
        <dc:Bounds x="160" y="100" width="36" height="36" />
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}

/** The id of the first executable process of a BPMN document, or undefined (the key a file would deploy as). */
export function processKeyOf(xml: string): string | undefined {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) return undefined;
  const processes = Array.from(
    document.getElementsByTagNameNS('http://www.omg.org/spec/BPMN/20100524/MODEL', 'process'),
  );
  const process = processes.find((candidate) => candidate.getAttribute('isExecutable') === 'true') ?? processes[0];
  return process?.getAttribute('id') ?? undefined;
}

/** Lets the browser save `xml` as `<key>.bpmn`. */
export function downloadBpmn(key: string, xml: string): void {
  const url = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${key}.bpmn`;
  link.click();
  URL.revokeObjectURL(url);
}

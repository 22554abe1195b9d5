import type { ModdleWarning } from 'bpmn-moddle';
import { createBpmnModdle } from '../moddle/create-bpmn-moddle';
import type { ModelProblem } from '../model/model-problem.type';
import { modelProblem } from './model-problem.util';
import { isA, isModdleElement, type ModdleElement } from './moddle-element';

/** The moddle tree of a document and what the lax reader noticed on the way; no tree when it is not BPMN. */
export interface BpmnXmlReading {
  readonly definitions?: ModdleElement;
  readonly warnings: readonly ModdleWarning[];
  readonly problems: readonly ModelProblem[];
}

function unreadable(message: string): BpmnXmlReading {
  const problem = modelProblem({
    code: 'xml.unreadable',
    path: '',
    message: `The document is not BPMN 2.0 XML: ${message}`,
  });
  return { warnings: [], problems: [problem] };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

/** Reads BPMN 2.0 XML with bpmn-moddle (lax: unknown content becomes warnings). Never rejects. */
export async function readBpmnXml(xml: string): Promise<BpmnXmlReading> {
  if (typeof xml !== 'string' || xml.trim() === '') return unreadable('the document is empty.');
  try {
    const { rootElement, warnings } = await createBpmnModdle().fromXML(xml);
    if (!isModdleElement(rootElement) || !isA(rootElement, 'bpmn:Definitions')) {
      return unreadable('the root element is not <bpmn:definitions>.');
    }
    return { definitions: rootElement, warnings, problems: [] };
  } catch (error) {
    return unreadable(firstLine(error));
  }
}

import type { ModdleWarning } from 'bpmn-moddle';
import type { ModelProblem } from '../model/model-problem.type';
import { modelProblem } from './model-problem.util';
import { idOf, isModdleElement, type ModdleElement } from './moddle-element';

const DUPLICATE_ID = /duplicate ID <([^>]*)>/;
const UNKNOWN_ATTRIBUTE = /^unknown attribute <([^>]*)>/;
const UNKNOWN_ANXIN_TYPE = /unknown type <(anxin:[^>]*)>/;
/** References the model readers check themselves, with better messages. */
const CHECKED_REFERENCES = new Set(['bpmn:sourceRef', 'bpmn:targetRef', 'bpmn:attachedToRef']);

/** The id of the element a warning is about, or of its nearest ancestor that has one. */
function nearestId(element: unknown): string | undefined {
  let current: ModdleElement | undefined = isModdleElement(element) ? element : undefined;
  while (current !== undefined) {
    const id = idOf(current);
    if (id !== undefined) return id;
    current = current.$parent;
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function duplicateIdProblem(id: string, definitionsId: string | undefined): ModelProblem {
  if (id === definitionsId) {
    const message = `Element id "${id}" is the id of <bpmn:definitions>; engines stall on it. Rename the element.`;
    return modelProblem({ code: 'element.idEqualsDefinitionsId', elementId: id, path: 'id', message });
  }
  const message = `Id "${id}" is used more than once; the later element was dropped. Ids must be unique.`;
  return modelProblem({ code: 'element.duplicateId', elementId: id, path: 'id', message });
}

function unknownAttributeProblem(warning: ModdleWarning, attribute: string): ModelProblem | undefined {
  const elementId = nearestId(warning.element);
  // `language` on a plain <bpmn:completionCondition> is read by the reader (the convention omits xsi:type).
  if (attribute === 'language' && isModdleElement(warning.element) && warning.element.$type === 'bpmn:Expression') {
    return undefined;
  }
  if (attribute.startsWith('anxin:')) {
    const message = `Unknown attribute ${attribute}; see the anxin extension conventions.`;
    return modelProblem({ code: 'extension.invalid', elementId, path: attribute, message });
  }
  const message = `Unknown attribute <${attribute}> ignored.`;
  return modelProblem({ code: 'xml.warning', elementId, path: attribute, message, severity: 'warning' });
}

function warningProblem(warning: ModdleWarning, definitionsId: string | undefined): ModelProblem | undefined {
  const { message } = warning;
  const duplicate = DUPLICATE_ID.exec(message);
  if (duplicate) return duplicateIdProblem(duplicate[1] ?? '', definitionsId);
  const attribute = UNKNOWN_ATTRIBUTE.exec(message);
  if (attribute) return unknownAttributeProblem(warning, attribute[1] ?? '');
  const anxinType = UNKNOWN_ANXIN_TYPE.exec(message);
  if (anxinType) {
    const line = /line: (\d+)/.exec(message)?.[1];
    const where = line === undefined ? '' : ` (line ${Number(line) + 1})`;
    const text = `Unknown extension element <${anxinType[1] ?? ''}>${where} ignored; see the anxin extension conventions.`;
    return modelProblem({ code: 'extension.invalid', path: 'extensionElements', message: text });
  }
  if (warning.property !== undefined && CHECKED_REFERENCES.has(warning.property)) return undefined;
  const elementId = nearestId(warning.element);
  if (warning.property === 'bpmn:default') {
    const text = `The default flow "${String(warning.value)}" does not exist; it must be an outgoing sequence flow.`;
    return modelProblem({ code: 'gateway.defaultNotOutgoing', elementId, path: 'default', message: text });
  }
  const path = warning.property ?? '';
  return modelProblem({ code: 'xml.warning', elementId, path, message: firstLine(message), severity: 'warning' });
}

/** Turns the lax reader's warnings into problems: duplicate ids, unknown anxin content, everything else as warnings. */
export function xmlWarningProblems(
  warnings: readonly ModdleWarning[],
  definitionsId: string | undefined,
): ModelProblem[] {
  return warnings.flatMap((warning) => warningProblem(warning, definitionsId) ?? []);
}

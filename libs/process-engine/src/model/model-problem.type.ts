import type { RuleSeverity } from '@anxin/rules';

/** Codes of problems found while reading a BPMN document into a {@link ProcessModel}. */
export type ModelProblemCode =
  | 'xml.unreadable'
  | 'xml.warning'
  | 'process.missing'
  | 'process.multiple'
  | 'element.unsupported'
  | 'element.duplicateId'
  | 'element.idEqualsDefinitionsId'
  | 'start.missing'
  | 'end.missing'
  | 'node.unreachable'
  | 'flow.danglingReference'
  | 'gateway.missingCondition'
  | 'gateway.defaultNotOutgoing'
  | 'eventGateway.invalidTarget'
  | 'rule.invalid'
  | 'rule.malformedJson'
  | 'timer.invalid'
  | 'multiInstance.missingCollection'
  | 'approval.invalid'
  | 'approval.requiresMultiInstance'
  | 'task.missingAction'
  | 'task.missingDecision'
  | 'callActivity.missingKey'
  | 'boundary.invalidAttachment'
  | 'subProcess.startInvalid'
  | 'extension.invalid'
  | `lint.${string}`;

/** One finding about a process definition; `elementId` names the BPMN element (absent for document-level ones). */
export interface ModelProblem {
  readonly code: ModelProblemCode;
  readonly elementId?: string;
  /** Where inside the element: an attribute or a JSON Pointer into a rule (e.g. `condition/>/0`). */
  readonly path: string;
  readonly message: string;
  readonly severity: RuleSeverity;
}

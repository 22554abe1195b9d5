import type { Config } from 'bpmnlint/lib/types';
import type { ModelProblemCode } from '../model/model-problem.type';

/**
 * bpmnlint's recommended rules, minus those that do not fit (models may have no diagram or labels; inclusive
 * gateways are supported) and those our own checks replace entirely (see docs/definitions/bpmn.md).
 */
export const LINT_CONFIG: Config = {
  extends: 'bpmnlint:recommended',
  rules: {
    'no-bpmndi': 'off',
    'no-overlapping-elements': 'off',
    'label-required': 'off',
    'no-inclusive-gateway': 'off',
    // start.missing and subProcess.startInvalid
    'start-event-required': 'off',
    'sub-process-blank-start-event': 'off',
    // end.missing
    'end-event-required': 'off',
    // element.unsupported: ad-hoc and event sub-processes, complex gateways, link events
    'ad-hoc-sub-process': 'off',
    'event-sub-process-typed-start-event': 'off',
    'no-complex-gateway': 'off',
    'link-event': 'off',
  },
};

/**
 * Rules whose findings overlap ours on some elements: a report is dropped when one of our problems with a listed
 * code names the same element.
 */
export const LINT_SUPERSEDED_BY: Readonly<Record<string, readonly ModelProblemCode[]>> = {
  'conditional-flows': ['gateway.missingCondition', 'rule.malformedJson', 'rule.invalid'],
  'no-disconnected': ['node.unreachable'],
  'no-implicit-start': ['node.unreachable'],
  'single-blank-start-event': ['subProcess.startInvalid'],
};

// Public API of @anxin/rules: one safe JSONLogic dialect for forms, flows, dispatch and reports.

export type { JsonLogicRule, JsonObject, JsonPrimitive, JsonValue } from './json/json-value.type';
export type {
  AssignmentProblemCode,
  CalendarProblemCode,
  CheckProblemCode,
  EvaluationProblemCode,
  RuleProblemCode,
  TableProblemCode,
} from './problems/problem-code.type';
export { hasErrors } from './problems/rule-problem.type';
export type { RuleProblem, RuleSeverity } from './problems/rule-problem.type';

export { evaluate, evaluateCondition, compileRule } from './evaluation/evaluate';
export type { CompiledRule } from './evaluation/evaluate';
export type { RuleResult } from './evaluation/rule-result.type';
export { DEFAULT_TIME_ZONE } from './evaluation/rule-env.type';
export type { RuleEnv } from './evaluation/rule-env.type';
export { DEFAULT_RULE_LIMITS } from './evaluation/rule-limits';
export type { RuleLimits } from './evaluation/rule-limits';
export { isTruthy } from './evaluation/truthy.util';
export { listOperations } from './operations/operation-registry';
export type { OperationInfo } from './operations/operation-registry';
export type { OperationFamily } from './operations/operation.type';

export { checkRule } from './checking/check-rule';
export type { CheckRuleOptions } from './checking/check-rule';
export type { RuleScope, RuleValueSchema, RuleValueType, RuleVariable } from './checking/rule-scope.type';

export { evaluateTable } from './decision-table/evaluate-table';
export type { TableResult } from './decision-table/evaluate-table';
export { checkTable } from './decision-table/check-table';
export type {
  CollectAggregation,
  DecisionTable,
  DecisionTableInput,
  DecisionTableOutput,
  DecisionTableRule,
  EntryLiteral,
  HitPolicy,
  InputEntry,
  RangeBounds,
  TableDecision,
  TableEvaluation,
  TableOutputs,
  TableValueType,
} from './decision-table/decision-table.type';

export { assign } from './assignment/assign';
export { checkAssignmentStrategy } from './assignment/check-assignment-strategy';
export { explainAssignment } from './assignment/explain-assignment';
export { DEFAULT_CURSOR } from './assignment/round-robin.step';
export type {
  AssignmentCandidate,
  AssignmentFallback,
  AssignmentOutcome,
  AssignmentRemoval,
  AssignmentRequest,
  AssignmentResult,
  AssignmentState,
  AssignmentStep,
  AssignmentStepType,
  AssignmentStrategy,
  AssignmentTraceEntry,
  RemovalReason,
} from './assignment/assignment.type';

export { addWorkingTime } from './calendar/add-working-time';
export { workingTimeBetween } from './calendar/working-time-between';
export { checkCalendar } from './calendar/check-calendar';
export { CN_OFFICE_HOURS, CN_WORKDAYS_COVERAGE, cnWorkdaysCalendar } from './calendar/cn-workdays.calendar';
export type { CnWorkdaysOptions } from './calendar/cn-workdays.calendar';
export type {
  BusinessCalendar,
  CalendarDay,
  CalendarResult,
  TimeRange,
  Weekday,
  WorkingDay,
} from './calendar/business-calendar.type';

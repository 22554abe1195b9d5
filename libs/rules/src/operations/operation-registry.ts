import type { BusinessCalendar } from '../calendar/business-calendar.type';
import type { JsonLogicRule, JsonValue } from '../json/json-value.type';
import { addWorkingTimeOperation } from './add-working-time.operation';
import { coalesceOperation } from './coalesce.operation';
import { containsAnyOperation } from './contains-any.operation';
import { countWhereOperation } from './count-where.operation';
import { dateAddOperation } from './date-add.operation';
import { dateDiffOperation } from './date-diff.operation';
import { durationOperation } from './duration.operation';
import { lengthOperation } from './length.operation';
import { nowOperation } from './now.operation';
import type { OperationDefinition, OperationFamily } from './operation.type';
import { roundOperation } from './round.operation';
import { arithmeticOperations } from './standard/arithmetic.operations';
import { arrayOperations } from './standard/array.operations';
import { comparisonOperations } from './standard/comparison.operations';
import { dataOperations } from './standard/data.operations';
import { logicOperations } from './standard/logic.operations';
import { membershipOperations } from './standard/membership.operations';
import { stringOperations } from './standard/string.operations';
import { sumByOperation } from './sum-by.operation';

/** The json-logic-js 2.0.5 operators of the dialect (`log` and method calls such as `"a.b"` are not). */
export const STANDARD_OPERATIONS: readonly OperationDefinition[] = [
  ...dataOperations,
  ...logicOperations,
  ...comparisonOperations,
  ...arithmeticOperations,
  ...stringOperations,
  ...arrayOperations,
  ...membershipOperations,
];

/** Operations Anxin adds for its domain. */
export const DOMAIN_OPERATIONS: readonly OperationDefinition[] = [
  nowOperation,
  dateAddOperation,
  dateDiffOperation,
  addWorkingTimeOperation,
  durationOperation,
  containsAnyOperation,
  lengthOperation,
  coalesceOperation,
  roundOperation,
  sumByOperation,
  countWhereOperation,
];

/** The allow-list: every operation a rule may use, by name. A `Map`, so `"__proto__"` is never found. */
const REGISTRY: ReadonlyMap<string, OperationDefinition> = new Map(
  [...STANDARD_OPERATIONS, ...DOMAIN_OPERATIONS].map((op) => [op.name, op]),
);

/** The operation of that name, if the dialect allows it. */
export function findOperation(name: string): OperationDefinition | undefined {
  return REGISTRY.get(name);
}

/** Public description of an operation, for documentation, autocomplete and the designer's rule builder. */
export interface OperationInfo {
  readonly name: string;
  readonly family: OperationFamily;
  readonly standard: boolean;
  readonly summary: string;
  readonly minArgs: number;
  readonly maxArgs: number | null;
  readonly examples: readonly {
    readonly description: string;
    readonly rule: JsonLogicRule;
    readonly data?: JsonValue;
    readonly now?: string;
    readonly calendars?: Readonly<Record<string, BusinessCalendar>>;
    readonly result: JsonValue;
  }[];
}

/** Every allowed operation with its summary, arity and executable examples. */
export function listOperations(): OperationInfo[] {
  const standard = new Set(STANDARD_OPERATIONS);
  return [...REGISTRY.values()].map((op) => ({
    name: op.name,
    family: op.family,
    standard: standard.has(op),
    summary: op.summary,
    minArgs: op.arity.min,
    maxArgs: op.arity.max,
    examples: op.examples,
  }));
}

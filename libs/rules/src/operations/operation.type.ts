import type { BusinessCalendar } from '../calendar/business-calendar.type';
import type { CompiledNode } from '../evaluation/evaluation-context';
import type { JsonLogicRule, JsonValue } from '../json/json-value.type';
import type { RuleProblem } from '../problems/rule-problem.type';
import type { StaticKind, StaticType } from '../checking/static-type';

/** Where an operation belongs in the documentation and the designer's palette. */
export type OperationFamily = 'logic' | 'comparison' | 'arithmetic' | 'string' | 'array' | 'data' | 'date' | 'text';

/** A documented, executable example: `rule` evaluated on `data` (at instant `now`) gives `result`. */
export interface OperationExample {
  readonly description: string;
  readonly rule: JsonLogicRule;
  readonly data?: JsonValue;
  /** ISO instant the injected clock returns, for examples that read `now`. */
  readonly now?: string;
  /** Business calendars the example's `add_working_time` names. */
  readonly calendars?: Readonly<Record<string, BusinessCalendar>>;
  readonly result: JsonValue;
}

/** Accepted kinds per argument and the inferred result, for the static checker. */
export interface OperationSignature {
  readonly params: readonly (readonly StaticKind[])[];
  /** Accepted kinds of arguments past `params`. */
  readonly rest?: readonly StaticKind[];
  readonly result: StaticKind | ((args: readonly StaticType[]) => StaticType);
}

/** An argument evaluated once per element of another argument (`map`, `filter`, `sum_by`…). */
export interface ScopedArgument {
  /** Index of the array argument. */
  readonly array: number;
  /** Index of the logic evaluated per element. */
  readonly logic: number;
  /** `item`: the element is the data; `reduce`: the data is `{ current, accumulator }`. */
  readonly element: 'item' | 'reduce';
  /** When true, a string literal at `logic` is shorthand for `{ "var": <string> }`. */
  readonly stringIsPath?: boolean;
}

/** What an operation's compiler receives. */
export interface CompileInput {
  readonly args: readonly CompiledNode[];
  /** The arguments as written in the rule (always a list, even for `{ "var": "a" }`). */
  readonly raw: readonly unknown[];
  /** JSON Pointer of the operation in the rule, for problems. */
  readonly path: string;
}

/** One allow-listed operation of the Anxin JSONLogic dialect. */
export interface OperationDefinition {
  readonly name: string;
  readonly family: OperationFamily;
  readonly summary: string;
  readonly arity: { readonly min: number; readonly max: number | null };
  readonly signature: OperationSignature;
  readonly scoped?: ScopedArgument;
  /** Static checks of literal arguments (units, durations, dates). */
  readonly checkLiterals?: (raw: readonly unknown[], argPaths: readonly string[]) => RuleProblem[];
  readonly examples: readonly OperationExample[];
  readonly compile: (input: CompileInput) => CompiledNode;
}

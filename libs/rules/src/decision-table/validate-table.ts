import type { JsonValue } from '../json/json-value.type';
import { isPlainObject } from '../json/plain-object.util';
import { problem, type RuleProblem } from '../problems/rule-problem.type';
import type { CollectAggregation, DecisionTable, HitPolicy } from './decision-table.type';
import { validateRows } from './validate-table-rows';
import { TABLE_VALUE_TYPES } from './table-value';
import { reportUnknownKeys, validateIds } from './table-shape.util';

const HIT_POLICIES: readonly HitPolicy[] = ['UNIQUE', 'FIRST', 'PRIORITY', 'COLLECT'];
const AGGREGATIONS: readonly CollectAggregation[] = ['SUM', 'MIN', 'MAX', 'COUNT'];
const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TABLE_KEYS = [
  '$schema',
  'key',
  'name',
  'description',
  'hitPolicy',
  'aggregation',
  'complete',
  'inputs',
  'outputs',
  'rules',
];
const INPUT_KEYS = ['id', 'label', 'description', 'expression', 'type', 'values'];
const OUTPUT_KEYS = ['id', 'label', 'description', 'type', 'priorities'];

function invalid(path: string, message: string): RuleProblem {
  return problem('TABLE_INVALID', path, message);
}

function validateColumns(table: Record<string, unknown>, found: RuleProblem[]): void {
  const { inputs, outputs } = table;
  if (!Array.isArray(inputs) || inputs.length === 0)
    found.push(invalid('/inputs', 'A table needs at least one input.'));
  else {
    validateIds(inputs, '/inputs', found);
    inputs.forEach((input: unknown, i) => {
      reportUnknownKeys(input, INPUT_KEYS, `/inputs/${i}`, found);
      const type = isPlainObject(input) ? input.type : undefined;
      if (!TABLE_VALUE_TYPES.includes(type as never))
        found.push(invalid(`/inputs/${i}/type`, `Input type must be one of ${TABLE_VALUE_TYPES.join(', ')}.`));
      if (isPlainObject(input) && !('expression' in input))
        found.push(invalid(`/inputs/${i}`, 'An input needs an expression.'));
      if (isPlainObject(input) && input.values !== undefined && !Array.isArray(input.values))
        found.push(invalid(`/inputs/${i}/values`, '"values" must be a list.'));
    });
  }
  if (!Array.isArray(outputs) || outputs.length === 0)
    found.push(invalid('/outputs', 'A table needs at least one output.'));
  else {
    validateIds(outputs, '/outputs', found);
    outputs.forEach((output: unknown, i) => {
      reportUnknownKeys(output, OUTPUT_KEYS, `/outputs/${i}`, found);
      const type = isPlainObject(output) ? output.type : undefined;
      if (type !== undefined && !TABLE_VALUE_TYPES.includes(type as never))
        found.push(invalid(`/outputs/${i}/type`, `Output type must be one of ${TABLE_VALUE_TYPES.join(', ')}.`));
      const priorities = isPlainObject(output) ? output.priorities : undefined;
      if (priorities !== undefined && !Array.isArray(priorities))
        found.push(invalid(`/outputs/${i}/priorities`, '"priorities" must be a list.'));
    });
  }
}

function validatePolicy(table: Record<string, unknown>, found: RuleProblem[]): void {
  const { hitPolicy, aggregation, outputs, complete } = table;
  if (!HIT_POLICIES.includes(hitPolicy as HitPolicy))
    found.push(invalid('/hitPolicy', `Hit policy must be one of ${HIT_POLICIES.join(', ')}.`));
  if (complete !== undefined && typeof complete !== 'boolean')
    found.push(invalid('/complete', '"complete" must be true or false.'));
  if (aggregation === undefined) {
    if (
      hitPolicy === 'PRIORITY' &&
      Array.isArray(outputs) &&
      !outputs.some((o: unknown) => isPlainObject(o) && Array.isArray(o.priorities))
    ) {
      found.push(problem('TABLE_PRIORITY_MISSING', '/outputs', 'PRIORITY needs "priorities" on at least one output.'));
    }
    return;
  }
  if (!AGGREGATIONS.includes(aggregation as CollectAggregation))
    found.push(invalid('/aggregation', `Aggregation must be one of ${AGGREGATIONS.join(', ')}.`));
  else if (hitPolicy !== 'COLLECT')
    found.push(problem('TABLE_AGGREGATION_INVALID', '/aggregation', 'Only COLLECT tables aggregate.'));
  else if (aggregation !== 'COUNT' && Array.isArray(outputs) && outputs.length !== 1) {
    found.push(
      problem('TABLE_AGGREGATION_INVALID', '/aggregation', `${JSON.stringify(aggregation)} needs exactly one output.`),
    );
  }
}

/**
 * Validates the shape of a decision table (what the JSON Schema says, plus references between its parts) and
 * returns it typed when nothing is wrong enough to stop evaluation.
 */
export function validateTable(raw: unknown): {
  readonly table: DecisionTable | undefined;
  readonly problems: RuleProblem[];
} {
  const found: RuleProblem[] = [];
  if (!isPlainObject(raw)) return { table: undefined, problems: [invalid('', 'A decision table is a JSON object.')] };
  if (typeof raw.key !== 'string' || !KEY_PATTERN.test(raw.key))
    found.push(invalid('/key', 'A table needs a kebab-case key.'));
  reportUnknownKeys(raw, TABLE_KEYS, '', found);
  validatePolicy(raw, found);
  validateColumns(raw, found);
  if (!Array.isArray(raw.rules)) found.push(invalid('/rules', '"rules" must be a list.'));
  else if (raw.rules.length === 0)
    found.push(problem('TABLE_EMPTY', '/rules', 'The table has no rules: it never matches.', 'warning'));
  if (found.some((p) => p.severity === 'error')) return { table: undefined, problems: found };
  found.push(...validateRows(raw as unknown as DecisionTable));
  const usable = !found.some((p) => p.severity === 'error');
  return { table: usable ? (raw as unknown as DecisionTable) : undefined, problems: found };
}

/** A JSON value's table type, for output checks. */
export function jsonTypeOf(value: JsonValue): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

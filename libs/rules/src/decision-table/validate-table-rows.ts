import type { JsonValue } from '../json/json-value.type';
import { isPlainObject } from '../json/plain-object.util';
import { childPath, problem, type RuleProblem } from '../problems/rule-problem.type';
import type { DecisionTable, DecisionTableOutput } from './decision-table.type';
import { normalizeValue } from './table-value';
import { reportUnknownKeys, validateIds } from './table-shape.util';

function outputProblem(
  table: DecisionTable,
  output: DecisionTableOutput,
  value: JsonValue,
  path: string,
): RuleProblem | undefined {
  if (value === null) return undefined;
  if (
    output.type !== undefined &&
    (typeof value === 'object' ||
      normalizeValue(value, output.type) === null ||
      (output.type === 'number' && typeof value !== 'number'))
  ) {
    return problem('TABLE_OUTPUT_INVALID', path, `${JSON.stringify(value)} is not a ${output.type}.`);
  }
  if (
    output.priorities !== undefined &&
    table.hitPolicy === 'PRIORITY' &&
    !output.priorities.includes(value as never)
  ) {
    return problem(
      'TABLE_OUTPUT_INVALID',
      path,
      `${JSON.stringify(value)} is not in the priorities of "${output.id}".`,
    );
  }
  const numeric = table.aggregation === 'SUM' || table.aggregation === 'MIN' || table.aggregation === 'MAX';
  if (numeric && typeof value !== 'number') {
    return problem(
      'TABLE_AGGREGATION_INVALID',
      path,
      `${table.aggregation ?? ''} needs numbers; got ${JSON.stringify(value)}.`,
    );
  }
  return undefined;
}

function validateWhen(table: DecisionTable, when: unknown, path: string, found: RuleProblem[]): void {
  if (when === undefined) return;
  if (!isPlainObject(when)) {
    found.push(problem('TABLE_INVALID', path, '"when" maps input ids to entries.'));
    return;
  }
  const inputIds = new Set(table.inputs.map((i) => i.id));
  for (const id of Object.keys(when)) {
    if (!inputIds.has(id))
      found.push(problem('TABLE_UNKNOWN_INPUT', childPath(path, id), `No input "${id}" in this table.`));
  }
}

function validateThen(table: DecisionTable, then: unknown, path: string, found: RuleProblem[]): void {
  if (!isPlainObject(then)) {
    found.push(problem('TABLE_INVALID', path, '"then" maps output ids to values.'));
    return;
  }
  const outputIds = new Set(table.outputs.map((o) => o.id));
  for (const id of Object.keys(then)) {
    if (!outputIds.has(id))
      found.push(problem('TABLE_UNKNOWN_OUTPUT', childPath(path, id), `No output "${id}" in this table.`));
  }
  for (const output of table.outputs) {
    if (!(output.id in then)) {
      found.push(problem('TABLE_MISSING_OUTPUT', path, `The row gives no value for output "${output.id}".`));
      continue;
    }
    const issue = outputProblem(table, output, then[output.id] as JsonValue, childPath(path, output.id));
    if (issue) found.push(issue);
  }
}

/** Validates the rows of a table whose columns are valid: ids, input and output references, output values. */
export function validateRows(table: DecisionTable): RuleProblem[] {
  const found: RuleProblem[] = [];
  validateIds(table.rules, '/rules', found);
  table.rules.forEach((row: unknown, i) => {
    const path = `/rules/${i}`;
    if (!isPlainObject(row)) return;
    reportUnknownKeys(row, ['id', 'description', 'when', 'then'], path, found);
    validateWhen(table, row.when, `${path}/when`, found);
    validateThen(table, row.then, `${path}/then`, found);
  });
  return found;
}

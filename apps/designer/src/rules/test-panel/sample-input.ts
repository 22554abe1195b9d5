import type { DecisionTable, JsonValue, TableValueType } from '@anxin/rules';

const DEFAULTS: Readonly<Record<TableValueType, JsonValue>> = { string: '', number: 0, boolean: false, date: '' };

function setPath(target: Record<string, JsonValue>, path: string, value: JsonValue): void {
  const segments = path.split('.');
  let node = target;
  segments.slice(0, -1).forEach((segment) => {
    const next = node[segment];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[segment] = {};
    node = node[segment] as Record<string, JsonValue>;
  });
  node[segments.at(-1) as string] = value;
}

/**
 * Data to start testing a table with: every input read by a plain `{"var": path}` gets its first listed value (or
 * an empty value of its type) at that path. Inputs computed otherwise are left for the author to fill in.
 */
export function sampleTableInput(table: DecisionTable): Record<string, JsonValue> {
  const data: Record<string, JsonValue> = {};
  for (const input of table.inputs) {
    const expression = input.expression;
    if (typeof expression !== 'object' || expression === null || Array.isArray(expression)) continue;
    const path = (expression as Record<string, JsonValue>)['var'];
    if (typeof path !== 'string' || path === '') continue;
    setPath(data, path, input.values?.[0] ?? DEFAULTS[input.type]);
  }
  return data;
}

/** One made-up candidate and an empty ticket: the shape `assign` expects, for the author to fill in. */
export const SAMPLE_ASSIGNMENT_REQUEST = {
  context: {},
  candidates: [{ id: 'candidate-1', skills: [], teams: [], openTasks: 0, capacity: 5, onDuty: true }],
  previousAssigneeIds: [],
};

import type { JsonObject, JsonValue } from '@anxin/rules';
import type { FormContext } from '../model/form-context.type';
import type { FormPlan } from '../plan/form-plan.type';
import { issue } from '../problems/issue.type';
import { aggregateValue } from './aggregate-value';
import type { Cell } from './cell.type';
import { isPlainRecord, ownValue } from './plain-record.util';
import { resolveCell } from './resolve-cell';
import { createRun, layoutState, report, type Run } from './run';
import { SUBMISSION_SUBJECT } from './subjects';

/** A submission after resolution: every field's cell, the aggregates, the value to store, the problems so far. */
export interface Resolution {
  readonly run: Run;
  readonly cells: ReadonlyMap<string, Cell>;
  readonly aggregates: JsonObject;
  /** Fields in declaration order (hidden ones left out), then aggregates. */
  readonly value: JsonObject;
}

function inputOf(run: Run, data: unknown): Record<string, unknown> {
  const root = { path: '', subject: SUBMISSION_SUBJECT };
  if (!isPlainRecord(data)) {
    report(run, issue('DATA_NOT_OBJECT'), root);
    return {};
  }
  for (const key of Object.keys(data)) {
    if (!run.plan.known.has(key)) report(run, issue('UNKNOWN_FIELD', { key }), root);
  }
  return data;
}

/**
 * Resolves a submission against a checked form: unknown keys, then every field and aggregate in dependency order
 * (each rule sees the values resolved before it), then the value to store.
 */
export function resolveForm(plan: FormPlan, data: unknown, context: FormContext): Resolution {
  const run = createRun(plan, context);
  const input = inputOf(run, data);
  const stored = isPlainRecord(context.previous) ? context.previous : {};
  const cells = new Map<string, Cell>();
  const aggregates: JsonObject = {};
  for (const node of plan.order) {
    if (node.kind === 'aggregate') {
      const value = aggregateValue(node.aggregate, run.scope[node.aggregate.subForm.key]);
      aggregates[node.aggregate.key] = value;
      run.scope[node.aggregate.key] = value;
      continue;
    }
    const { field } = node;
    const previous = ownValue(stored, field.key) as JsonValue | undefined;
    const where = { path: field.key, subject: field.subject };
    const section = layoutState(run, field.section);
    const cell = resolveCell(run, field, { input, previous, where, section, reporting: true });
    cells.set(field.key, cell);
    run.scope[field.key] = cell.present ? cell.value : null;
  }
  const value: JsonObject = {};
  for (const field of plan.fields) {
    const cell = cells.get(field.key);
    if (cell?.present === true) value[field.key] = cell.value;
  }
  Object.assign(value, aggregates);
  return { run, cells, aggregates, value };
}

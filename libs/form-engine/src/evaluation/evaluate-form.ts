import type { JsonObject } from '@anxin/rules';
import { toChineseUppercase } from '../china/chinese-uppercase';
import { compileForm } from '../definition/check-form';
import type { FormContext } from '../model/form-context.type';
import { formInvalid, sortProblems } from './problem-order';
import { isRequired } from '../validation/validate-cells';
import type { Cell, Row } from './cell.type';
import type { FieldState, FormEvaluation } from './field-state.type';
import { offeredOptions } from './offered-options';
import { resolveForm } from './resolve-form';
import { layoutState, type Run } from './run';

const WITH_OPTIONS: ReadonlySet<string> = new Set([
  'select',
  'radio',
  'multiselect',
  'checkbox',
  'cascader',
  'user-picker',
  'team-picker',
]);

function rowStates(run: Run, rows: readonly Row[]): Record<string, FieldState>[] {
  const states = rows.map((row) => {
    run.scope.$row = row.values;
    run.scope.$index = row.index;
    return Object.fromEntries(row.cells.map((cell) => [cell.field.key, stateOf(run, cell)]));
  });
  run.scope.$row = null;
  run.scope.$index = null;
  return states;
}

function stateOf(run: Run, cell: Cell): FieldState {
  const { type } = cell.field.kind;
  const editable = cell.visible && !cell.readOnly;
  const offered = cell.visible && WITH_OPTIONS.has(type) ? offeredOptions(run, cell.field, cell) : undefined;
  const words = type === 'money' && typeof cell.value === 'number' ? toChineseUppercase(cell.value) : null;
  return {
    visible: cell.visible,
    readOnly: cell.readOnly,
    required: editable && isRequired(run, cell),
    value: cell.withheld ? null : cell.value,
    computed: cell.computed,
    serverAssigned: type === 'serial',
    ...(offered?.ok === true ? { options: offered.items } : {}),
    ...(words === null ? {} : { amountInWords: words }),
    ...(cell.rows !== undefined && cell.visible ? { rows: rowStates(run, cell.rows) } : {}),
  };
}

/**
 * Evaluates a form for the UI, exactly as the server will: for each field whether it is visible, required and
 * read-only, its options (cascading filters applied), its value (defaults, computed fields, aggregates, the
 * stored value of read-only fields), and the Chinese uppercase of money. Never throws; a form with errors gives
 * a `FORM_INVALID` problem and no fields.
 */
export function evaluateForm(form: unknown, data: unknown, context: FormContext = {}): FormEvaluation {
  const { plan } = compileForm(form);
  if (plan === undefined) return { values: {}, fields: {}, layout: {}, aggregates: {}, problems: [formInvalid()] };
  const { run, cells, aggregates, value } = resolveForm(plan, data, context);
  const fields: Record<string, FieldState> = {};
  const values: JsonObject = {};
  for (const field of plan.fields) {
    const cell = cells.get(field.key);
    if (cell === undefined) continue;
    fields[field.key] = stateOf(run, cell);
    if (cell.present && !cell.withheld) values[field.key] = value[field.key] ?? null;
  }
  Object.assign(values, aggregates);
  const layout = Object.fromEntries(plan.layout.map((l) => [l.key, { visible: layoutState(run, l).visible }]));
  return { values, fields, layout, aggregates, problems: sortProblems(plan, run.problems) };
}

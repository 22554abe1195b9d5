import type { JsonObject, JsonValue } from '@anxin/rules';
import { isEmptyInput } from '../field-types/coerce.util';
import { MAX_ROWS_LIMIT } from '../field-types/other.kinds';
import type { PlanField } from '../plan/form-plan.type';
import { fieldPath, rowPath } from '../problems/data-path.util';
import { issue } from '../problems/issue.type';
import type { Cell, Row } from './cell.type';
import { coerceInput, ruleValue } from './coerce-cell';
import { isPlainRecord } from './plain-record.util';
import { condition, report, type LayoutState, type Run, type Where } from './run';
import { cellSubject, rowSubject } from './subjects';

/** Where a cell's value may come from. */
export interface CellSource {
  /** The client's object: the submission, or one row of a sub-form. */
  readonly input: Record<string, unknown>;
  /** The stored value (top-level fields only: rows have no identity). */
  readonly previous: JsonValue | undefined;
  readonly where: Where;
  readonly section: LayoutState;
  /** Whether input problems are reported (not for stored rows, which the user cannot fix). */
  readonly reporting: boolean;
}

const SHOWN: LayoutState = { visible: true, withheld: false };

interface Resolved {
  readonly value: JsonValue;
  readonly rows: readonly Row[] | undefined;
  readonly invalid: boolean;
}

const EMPTY: Resolved = { value: null, rows: undefined, invalid: false };

/** Builds a cell; one literal, so every cell has the same shape. */
function cell(
  source: CellSource,
  field: PlanField,
  state: { visible: boolean; readOnly: boolean; withheld: boolean; computed: boolean; present: boolean },
  resolved: Resolved,
): Cell {
  return {
    path: source.where.path,
    subject: source.where.subject,
    field,
    visible: state.visible,
    readOnly: state.readOnly,
    withheld: state.withheld,
    computed: state.computed,
    value: resolved.value,
    present: state.present,
    invalid: resolved.invalid,
    previous: source.previous,
    rows: resolved.rows,
  };
}

function reportUnknownColumns(run: Run, field: PlanField, input: Record<string, unknown>, where: Where): void {
  const columns = field.columns;
  if (columns === undefined) return;
  for (const key in input) {
    if (Object.hasOwn(input, key) && !columns.byKey.has(key)) report(run, issue('UNKNOWN_FIELD', { key }), where);
  }
}

function resolveRow(run: Run, field: PlanField, item: unknown, index: number, parent: Where, reporting: boolean): Row {
  const where = { path: rowPath(parent.path, index), subject: rowSubject(parent.subject, index) };
  const plain = isPlainRecord(item);
  const input = plain ? item : {};
  if (reporting && !plain) report(run, issue('TYPE_MISMATCH', { expected: 'row' }), where);
  if (reporting) reportUnknownColumns(run, field, input, where);
  const working: Record<string, unknown> = {};
  run.scope.$row = working;
  run.scope.$index = index;
  const cells = new Map<PlanField, Cell>();
  for (const column of field.columns?.order ?? []) {
    const at = { path: fieldPath(where.path, column.key), subject: cellSubject(where.subject, column) };
    const resolved = resolveCell(run, column, { input, previous: undefined, where: at, section: SHOWN, reporting });
    cells.set(column, resolved);
    working[column.key] = resolved.present ? resolved.value : null;
  }
  const declared: Cell[] = [];
  const values: JsonObject = {};
  for (const column of field.columns?.declared ?? []) {
    const resolved = cells.get(column);
    if (resolved === undefined) continue;
    declared.push(resolved);
    if (resolved.present) values[column.key] = resolved.value;
  }
  return { path: where.path, subject: where.subject, index, cells: declared, values };
}

/** Resolves a sub-form's rows, each column in the order its per-row rules need. */
function resolveRows(run: Run, field: PlanField, raw: unknown, where: Where, reporting: boolean): Resolved {
  if (isEmptyInput(raw)) return { value: null, rows: [], invalid: false };
  if (!Array.isArray(raw)) {
    if (reporting) report(run, issue('TYPE_MISMATCH', { expected: 'rows' }), where);
    return { value: null, rows: [], invalid: true };
  }
  const tooMany = raw.length > MAX_ROWS_LIMIT;
  if (tooMany && reporting) report(run, issue('MAX_ROWS', { max: MAX_ROWS_LIMIT }), where);
  const rows: Row[] = [];
  const count = Math.min(raw.length, MAX_ROWS_LIMIT);
  for (let i = 0; i < count; i += 1) rows.push(resolveRow(run, field, raw[i] as unknown, i, where, reporting));
  run.scope.$row = null;
  run.scope.$index = null;
  return { value: rows.map((row) => row.values), rows, invalid: tooMany };
}

function fromInput(run: Run, field: PlanField, raw: unknown, where: Where, reporting: boolean): Resolved {
  if (field.columns !== undefined) return resolveRows(run, field, raw, where, reporting);
  const input = coerceInput(run, field, raw, where, reporting);
  return input.ok
    ? { value: input.value, rows: undefined, invalid: false }
    : { value: null, rows: undefined, invalid: true };
}

function fromDefault(run: Run, field: PlanField, where: Where): Resolved {
  const { rules } = field;
  if (rules.default === undefined) return field.columns ? { value: null, rows: [], invalid: false } : EMPTY;
  const value = ruleValue(run, field, rules.default, where, rules.names.default);
  return field.columns ? resolveRows(run, field, value, where, false) : { value, rows: undefined, invalid: false };
}

/** The value of a visible field the user cannot write: the stored one, else its default. */
function keptValue(run: Run, field: PlanField, previous: JsonValue | undefined, where: Where): Resolved {
  if (previous === undefined) return fromDefault(run, field, where);
  if (field.columns !== undefined) return resolveRows(run, field, previous, where, false);
  return { value: previous, rows: undefined, invalid: false };
}

/**
 * Resolves one field: whether it is shown and writable, and its value, by the documented semantics.
 *
 * ```text
 * withheld by permission → stored value kept, never shown
 * hidden (visibleIf)     → dropped; kept from storage with keepWhenHidden
 * computed               → recomputed, read-only
 * serial                 → stored value, assigned by the host
 * read-only              → stored value, else default
 * writable               → input if sent, else stored value, else default
 * ```
 */
export function resolveCell(run: Run, field: PlanField, source: CellSource): Cell {
  const { rules } = field;
  const { previous, where } = source;
  if (source.section.withheld || rules.permission === 'hidden') {
    const kept = { value: previous ?? null, rows: undefined, invalid: false };
    const state = { visible: false, readOnly: true, withheld: true, computed: false, present: previous !== undefined };
    return cell(source, field, state, kept);
  }
  const visible = source.section.visible && condition(run, rules.visibleIf, where, rules.names.visibleIf, true);
  if (!visible) {
    const keep = rules.keepWhenHidden && previous !== undefined;
    const state = { visible, readOnly: false, withheld: false, computed: false, present: keep };
    return cell(source, field, state, keep ? { value: previous ?? null, rows: undefined, invalid: false } : EMPTY);
  }
  if (rules.computed !== undefined) {
    const value = ruleValue(run, field, rules.computed, where, rules.names.computed);
    const state = { visible, readOnly: true, withheld: false, computed: true, present: true };
    return cell(source, field, state, { value, rows: undefined, invalid: false });
  }
  const serial = field.kind.type === 'serial';
  const readOnly =
    serial ||
    rules.readOnly ||
    rules.permission === 'read' ||
    condition(run, rules.readOnlyIf, where, rules.names.readOnlyIf, rules.readOnlyIf !== undefined);
  const state = { visible, readOnly, withheld: false, computed: false, present: true };
  if (serial) {
    return cell(source, field, state, {
      value: typeof previous === 'string' ? previous : null,
      rows: undefined,
      invalid: false,
    });
  }
  if (readOnly) return cell(source, field, state, keptValue(run, field, previous, where));
  const sent = Object.hasOwn(source.input, field.key);
  if (!sent && previous === undefined) return cell(source, field, state, fromDefault(run, field, where));
  const raw = sent ? source.input[field.key] : previous;
  return cell(source, field, state, fromInput(run, field, raw, where, source.reporting));
}

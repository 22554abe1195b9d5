import type { CheckContext } from '../field-types/field-kind.type';
import { inBothLocales } from '../model/localized-text';
import { issue } from '../problems/issue.type';
import type { Cell, Row } from '../evaluation/cell.type';
import { offeredOptions } from '../evaluation/offered-options';
import { condition, report, type Run } from '../evaluation/run';

/** Whether a cell must have a value (`required` is evaluated on the final values). */
export function isRequired(run: Run, cell: Cell): boolean {
  const { required } = cell.field.rules;
  if (required === undefined || required === false) return false;
  return required === true || condition(run, required, cell, cell.field.rules.names.required, false);
}

export function checkContext(run: Run, cell: Cell): CheckContext {
  return {
    timeZone: run.timeZone,
    today: run.today,
    files: run.context.files,
    previous: cell.previous,
    options: () => offeredOptions(run, cell.field, cell),
  };
}

function runValidations(run: Run, cell: Cell): void {
  const { validations } = cell.field.rules;
  if (validations.length === 0) return;
  run.scope.$value = cell.value;
  validations.forEach((validation, i) => {
    const passed = condition(run, validation.rule, cell, `${cell.field.key}.validations[${i}]`, true);
    if (!passed) {
      const severity = validation.severity ?? 'error';
      report(
        run,
        { code: 'VALIDATION_FAILED', severity, message: inBothLocales(validation.message), params: { index: i } },
        cell,
      );
    }
  });
  run.scope.$value = null;
}

function validateRows(run: Run, rows: readonly Row[]): void {
  for (const row of rows) {
    run.scope.$row = row.values;
    run.scope.$index = row.index;
    row.cells.forEach((cell) => validateCell(run, cell));
  }
  run.scope.$row = null;
  run.scope.$index = null;
}

/**
 * Validates one resolved cell. Hidden cells, cells whose input could not be coerced (already reported) and
 * read-only cells (the server's values) are not checked; computed cells are (their validations guard the total).
 * An empty cell is only checked for `required`; a filled one by its type's checks, then — if those pass — by the
 * author's validations (`$value` is the cell's value).
 */
export function validateCell(run: Run, cell: Cell): void {
  if (!cell.visible || cell.invalid || (cell.readOnly && !cell.computed)) return;
  const fills = cell.field.kind.fills;
  if (cell.value === null || (fills !== undefined && !fills(cell.value))) {
    if (!cell.computed && isRequired(run, cell)) report(run, issue('REQUIRED'), cell);
    if (cell.value === null) return;
  }
  const issues = cell.field.kind.check(cell.value, cell.field.def, checkContext(run, cell));
  issues.forEach((found) => report(run, found, cell));
  if (cell.rows !== undefined) validateRows(run, cell.rows);
  if (issues.length === 0) runValidations(run, cell);
}

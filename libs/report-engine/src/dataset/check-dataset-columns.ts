import type { ColumnRef, Dataset, FieldType, ReportCatalog } from '../model/dataset.type';
import type { ReportProblem } from '../model/report-problem.type';
import { pointer, reportProblem } from '../problems/report-problem.util';
import { parseColumnRef } from './dataset-index';

/** The tables behind a dataset's aliases, and a column-type lookup over them. */
export interface AliasTables {
  readonly columnType: (ref: ColumnRef) => FieldType | undefined;
  readonly hasAlias: (alias: string) => boolean;
  /** The alias names a table of the catalog (an unknown table is reported once, not for each of its columns). */
  readonly hasTable: (alias: string) => boolean;
  readonly problems: ReportProblem[];
}

type Columns = Pick<AliasTables, 'columnType' | 'hasAlias' | 'hasTable'>;

/** Whether a field of `fieldType` may read a column of `columnType` (an integer column may be a number field). */
export function fitsColumn(fieldType: FieldType, columnType: FieldType): boolean {
  return fieldType === columnType || (fieldType === 'number' && columnType === 'integer');
}

/**
 * Checks the source and joins against the catalog: tables exist, aliases are unique, each join's `on` pairs are
 * existing columns of equal types linking the join to an alias declared before it.
 */
export function checkAliases(dataset: Dataset, catalog: ReportCatalog): AliasTables {
  const problems: ReportProblem[] = [];
  const tables = new Map<string, string>();
  const declare = (alias: string, table: string, path: string): void => {
    if (!Object.hasOwn(catalog.tables, table)) {
      problems.push(reportProblem('UNKNOWN_TABLE', pointer(path, 'table'), `The catalog has no table "${table}".`));
    }
    if (tables.has(alias))
      problems.push(reportProblem('DUPLICATE_ALIAS', pointer(path, 'alias'), `"${alias}" is used twice.`));
    else tables.set(alias, table);
  };
  const columnType = (ref: ColumnRef): FieldType | undefined => {
    const { alias, column } = parseColumnRef(ref);
    const table = tables.get(alias);
    const cols = table !== undefined && Object.hasOwn(catalog.tables, table) ? catalog.tables[table] : undefined;
    return cols && Object.hasOwn(cols, column) ? cols[column] : undefined;
  };
  const columns: Columns = {
    columnType,
    hasAlias: (alias) => tables.has(alias),
    hasTable: (alias) => Object.hasOwn(catalog.tables, tables.get(alias) ?? ''),
  };
  declare(dataset.source.alias, dataset.source.table, '/source');
  (dataset.joins ?? []).forEach((join, i) => {
    const path = pointer('', 'joins', i);
    const before = new Set(tables.keys());
    declare(join.alias, join.table, path);
    join.on.forEach(([left, right], j) => {
      const at = pointer(path, 'on', j);
      problems.push(...checkColumn(left, pointer(at, 0), columns), ...checkColumn(right, pointer(at, 1), columns));
      const [l, r] = [columnType(left), columnType(right)];
      if (l !== undefined && r !== undefined && l !== r) {
        problems.push(reportProblem('COLUMN_TYPE_MISMATCH', at, `${left} (${l}) and ${right} (${r}) cannot be equal.`));
      }
      const aliases = [parseColumnRef(left).alias, parseColumnRef(right).alias];
      const links = aliases.includes(join.alias) && aliases.some((a) => a !== join.alias && before.has(a));
      if (!links)
        problems.push(
          reportProblem('JOIN_NOT_LINKED', at, `Must link "${join.alias}" to an alias declared before it.`),
        );
    });
  });
  return { ...columns, problems };
}

/** A column reference names a declared alias and a column of its table. */
export function checkColumn(ref: ColumnRef, path: string, columns: Columns): ReportProblem[] {
  if (columns.columnType(ref) !== undefined) return [];
  const { alias } = parseColumnRef(ref);
  if (!columns.hasAlias(alias)) return [reportProblem('UNKNOWN_ALIAS', path, `No alias "${alias}" in the dataset.`)];
  if (!columns.hasTable(alias)) return [];
  return [reportProblem('UNKNOWN_COLUMN', path, `The catalog has no column ${ref}.`)];
}

/** Checks a column a field or the scope reads: it exists, with a type the field can take. */
export function checkTypedColumn(
  ref: ColumnRef,
  path: string,
  expected: FieldType | undefined,
  columns: Columns,
): ReportProblem[] {
  const actual = columns.columnType(ref);
  if (actual === undefined) return checkColumn(ref, path, columns);
  if (expected !== undefined && !fitsColumn(expected, actual)) {
    return [reportProblem('COLUMN_TYPE_MISMATCH', path, `${ref} is ${actual}, not ${expected}.`)];
  }
  return [];
}

import { IANAZone } from 'luxon';
import type { Dataset, ReportCatalog } from '../model/dataset.type';
import type { ReportProblem } from '../model/report-problem.type';
import { hasReportErrors, pointer, reportProblem } from '../problems/report-problem.util';
import { duplicateKeys, runShape } from '../shape/shape.util';
import { checkAliases, checkTypedColumn, type AliasTables } from './check-dataset-columns';
import { checkMeasures, type KnownDefinitions } from './check-measures';
import { checkHierarchies, checkRollups } from './check-rollups';
import { DATASET_SHAPE } from './dataset-shape';
import { indexDataset } from './dataset-index';

function checkFields(dataset: Dataset, tables: AliasTables, known: KnownDefinitions): ReportProblem[] {
  const problems: ReportProblem[] = [];
  dataset.fields.forEach((field, i) => {
    const path = pointer('', 'fields', i);
    problems.push(...checkTypedColumn(field.column, pointer(path, 'column'), field.type, tables));
    if (field.labelColumn !== undefined) {
      problems.push(...checkTypedColumn(field.labelColumn, pointer(path, 'labelColumn'), 'text', tables));
    }
    if (field.dictionary !== undefined && !known.dictionaries.includes(field.dictionary)) {
      problems.push(
        reportProblem('UNKNOWN_DICTIONARY', pointer(path, 'dictionary'), `No dictionary "${field.dictionary}".`),
      );
    }
    if (field.role === 'time' && field.type !== 'date' && field.type !== 'datetime') {
      problems.push(reportProblem('NOT_A_TIME_FIELD', pointer(path, 'role'), 'A time field is a date or a date-time.'));
    }
  });
  return problems;
}

function checkColumns(dataset: Dataset, tables: AliasTables): ReportProblem[] {
  const scope = (Object.entries(dataset.scope) as [string, string][]).flatMap(([kind, ref]) =>
    checkTypedColumn(ref, pointer('', 'scope', kind), undefined, tables),
  );
  const updatedAt =
    dataset.updatedAt === undefined ? [] : checkTypedColumn(dataset.updatedAt, '/updatedAt', 'datetime', tables);
  return [...scope, ...checkTypedColumn(dataset.drillKey, '/drillKey', undefined, tables), ...updatedAt];
}

function checkKeys(dataset: Dataset): ReportProblem[] {
  const keys = [
    ...dataset.fields.map((f, i) => ({ key: f.key, path: pointer('', 'fields', i, 'key') })),
    ...dataset.measures.map((m, i) => ({ key: m.key, path: pointer('', 'measures', i, 'key') })),
  ];
  return duplicateKeys(keys, 'field or measure key');
}

function checkReferences(dataset: Dataset, known: KnownDefinitions): ReportProblem[] {
  const problems: ReportProblem[] = [];
  if (dataset.timeZone !== undefined && !IANAZone.isValidZone(dataset.timeZone)) {
    problems.push(reportProblem('UNKNOWN_TIME_ZONE', '/timeZone', `"${dataset.timeZone}" is not an IANA time zone.`));
  }
  if (dataset.calendar !== undefined && !known.calendars.includes(dataset.calendar)) {
    problems.push(reportProblem('UNKNOWN_CALENDAR', '/calendar', `No calendar "${dataset.calendar}".`));
  }
  return problems;
}

/**
 * Checks a dataset definition: its shape (dataset.schema.json), then its meaning against the catalog of reportable
 * tables and the known calendars and dictionaries: columns exist with compatible types, keys are unique, measures
 * suit their aggregates, formulas have no cycles, hierarchies and rollups name the right kinds of fields.
 */
export function checkDataset(value: unknown, catalog: ReportCatalog, known: KnownDefinitions): ReportProblem[] {
  const shape = runShape(DATASET_SHAPE, value);
  if (hasReportErrors(shape)) return shape;
  const dataset = value as Dataset;
  const index = indexDataset(dataset);
  const tables = checkAliases(dataset, catalog);
  return [
    ...tables.problems,
    ...checkFields(dataset, tables, known),
    ...checkColumns(dataset, tables),
    ...checkKeys(dataset),
    ...checkMeasures(index, known),
    ...checkHierarchies(index),
    ...checkRollups(index),
    ...checkReferences(dataset, known),
  ];
}

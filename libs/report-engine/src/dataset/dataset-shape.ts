import { TIME_BUCKETS } from '../model/dataset.type';
import {
  anything,
  boolean,
  columnRef,
  identifier,
  integer,
  kebabKey,
  list,
  localizedText,
  object,
  text,
  type ShapeCheck,
} from '../shape/shape.util';

export const FIELD_TYPES = ['text', 'number', 'integer', 'boolean', 'date', 'datetime', 'id'] as const;
export const MEASURE_AGGREGATES = [
  'count',
  'countDistinct',
  'sum',
  'avg',
  'min',
  'max',
  'median',
  'p90',
  'share',
  'formula',
] as const;
export const MEASURE_FORMATS = ['integer', 'decimal', 'percent', 'currency', 'hours'] as const;

const join = object(
  {
    alias: identifier,
    table: identifier,
    type: text({ values: ['left', 'inner'] }),
    on: list(list(columnRef, 2), 1),
    compareAsText: boolean,
    toOne: boolean,
  },
  ['alias', 'table', 'on'],
);

const field = object(
  {
    key: identifier,
    label: localizedText,
    type: text({ values: FIELD_TYPES }),
    column: columnRef,
    role: text({ values: ['dimension', 'time', 'attribute'] }),
    labelColumn: columnRef,
    dictionary: kebabKey,
  },
  ['key', 'label', 'type', 'column', 'role'],
);

const duration = object(
  { from: identifier, to: identifier, unit: text({ values: ['hours', 'workingHours'] }), calendar: kebabKey },
  ['from', 'to', 'unit'],
);

const measure = object(
  {
    key: identifier,
    label: localizedText,
    aggregate: text({ values: MEASURE_AGGREGATES }),
    field: identifier,
    duration,
    filter: anything,
    formula: anything,
    format: text({ values: MEASURE_FORMATS }),
    decimals: integer(0, 6),
  },
  ['key', 'label', 'aggregate'],
);

const hierarchy = object({ key: identifier, label: localizedText, levels: list(identifier, 1) }, [
  'key',
  'label',
  'levels',
]);

const rollup = object(
  { key: identifier, dimensions: list(identifier), timeField: identifier, measures: list(identifier, 1) },
  ['key', 'dimensions', 'timeField', 'measures'],
);

const scope = object(
  { project: columnRef, unit: columnRef, team: columnRef, assignee: columnRef, initiator: columnRef },
  ['project'],
);

/** The shape of a dataset (dataset.schema.json states the same). */
export const DATASET_SHAPE: ShapeCheck = object(
  {
    $schema: text(),
    key: kebabKey,
    name: localizedText,
    description: text(),
    source: object({ table: identifier, alias: identifier }, ['table', 'alias']),
    joins: list(join),
    scope,
    drillKey: columnRef,
    timeZone: text(),
    calendar: kebabKey,
    fields: list(field, 1),
    measures: list(measure),
    hierarchies: list(hierarchy),
    rollups: list(rollup),
    updatedAt: columnRef,
  },
  ['key', 'name', 'source', 'scope', 'drillKey', 'fields', 'measures'],
);

/** A time bucket name. */
export const timeBucket = text({ values: TIME_BUCKETS });

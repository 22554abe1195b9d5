import { FIELD_TYPES } from '../dataset/dataset-shape';
import { TIME_BUCKETS } from '../model/dataset.type';
import { CHART_TYPES } from '../model/report.type';
import {
  anything,
  boolean,
  either,
  identifier,
  integer,
  isRecord,
  kebabKey,
  list,
  localizedText,
  object,
  record,
  text,
} from '../shape/shape.util';

const dimension = object(
  { field: identifier, bucket: text({ values: TIME_BUCKETS }), key: identifier, label: localizedText },
  ['field'],
);

const measure = either(
  [
    { when: (v) => typeof v === 'string', check: identifier },
    { when: isRecord, check: object({ measure: identifier, label: localizedText }, ['measure']) },
  ],
  'a measure key or { "measure", "label"? }',
);

export const PARAMETER_TYPES = [...FIELD_TYPES, 'textList', 'idList'] as const;

export const parameterShape = object(
  {
    key: identifier,
    label: localizedText,
    type: text({ values: PARAMETER_TYPES }),
    required: boolean,
    default: anything,
    options: either(
      [
        { when: (v) => isRecord(v) && 'dictionary' in v, check: object({ dictionary: kebabKey }, ['dictionary']) },
        { when: isRecord, check: object({ field: identifier }, ['field']) },
      ],
      '{ "dictionary" } or { "field" }',
    ),
  },
  ['key', 'label', 'type'],
);

export const scheduleShape = object(
  {
    cron: text(),
    timeZone: text(),
    recipients: object({ roles: list(text()), users: list(text()) }),
    channels: list(text({ values: ['inApp', 'webhook'] }), 1),
    params: record(anything),
    perProject: boolean,
  },
  ['cron', 'recipients', 'channels'],
);

export const chartTypeShape = text({ values: CHART_TYPES });

/** The shape of a report definition (report.schema.json states the same). */
export const REPORT_SHAPE = object(
  {
    $schema: text(),
    key: kebabKey,
    name: localizedText,
    description: text(),
    dataset: kebabKey,
    dimensions: list(dimension),
    columns: list(dimension, 1),
    measures: list(measure, 1),
    filter: anything,
    parameters: list(parameterShape),
    sort: list(object({ by: identifier, direction: text({ values: ['asc', 'desc'] }) }, ['by'])),
    limit: integer(1, 10_000),
    chart: object({ type: chartTypeShape, stacked: boolean }, ['type']),
    drill: either(
      [
        { when: (v) => typeof v === 'string', check: identifier },
        { when: Array.isArray, check: list(identifier, 1) },
      ],
      'a hierarchy key or a list of fields',
    ),
    schedule: scheduleShape,
  },
  ['key', 'name', 'dataset', 'dimensions', 'measures', 'chart'],
);

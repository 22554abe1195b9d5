import type { DataSourceName } from '../model/form-definition.type';
import { formProblem, pointer, type FormProblem } from '../problems/form-problem.type';
import {
  booleanShape,
  checkProperties,
  isRecord,
  keyShape,
  ruleShape,
  stringShape,
  textShape,
  type Shape,
} from './shape';

/** Host data sources a field may draw its options from. */
export const DATA_SOURCES: readonly DataSourceName[] = ['projects', 'buildings', 'units', 'rooms', 'teams', 'users'];

const MAX_OPTION_DEPTH = 6;
const DICTIONARY_KEY = stringShape({ pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, doc: 'a kebab-case dictionary key' });

function listOf(what: string, item: (value: unknown, path: string) => FormProblem[]): Shape {
  return {
    doc: what,
    check: (value, path) =>
      Array.isArray(value)
        ? value.flatMap((v, i) => item(v, pointer(path, i)))
        : [formProblem('INVALID_PROPERTY', path, `Must be ${what}.`)],
  };
}

function objectItem(
  shapes: Readonly<Record<string, Shape>>,
  required: readonly string[],
): (value: unknown, path: string) => FormProblem[] {
  return (value, path) =>
    isRecord(value)
      ? checkProperties(value, path, shapes, required)
      : [formProblem('INVALID_PROPERTY', path, 'Must be an object.')];
}

const attributesShape: Shape = {
  doc: 'an object of JSON values',
  check: (value, path) => (isRecord(value) ? [] : [formProblem('INVALID_PROPERTY', path, 'Must be an object.')]),
};

const optionValueShape: Shape = {
  doc: 'text of 1 to 200 characters',
  check: (value, path) => {
    const length = typeof value === 'string' ? [...value].length : 0;
    return length >= 1 && length <= 200
      ? []
      : [formProblem('INVALID_PROPERTY', path, 'Must be text of 1 to 200 characters.')];
  },
};

function optionItem(depth: number): (value: unknown, path: string) => FormProblem[] {
  const shapes: Record<string, Shape> = {
    value: optionValueShape,
    label: textShape,
    disabled: booleanShape,
    attributes: attributesShape,
  };
  if (depth < MAX_OPTION_DEPTH) shapes.children = listOf('a list of options', optionItem(depth + 1));
  return objectItem(shapes, ['value', 'label']);
}

/** Static options, dictionary items: `{ value, label, disabled?, attributes?, children? }`, nested up to 6 levels. */
export const optionsShape: Shape = listOf('a list of options { value, label }', optionItem(1));

/** `{ "dictionary": key }` or `{ "dataSource": name }`. */
export const optionsFromShape: Shape = {
  doc: `{ "dictionary": key } or { "dataSource": ${DATA_SOURCES.join(' | ')} }`,
  check: (value, path) => {
    const shapes = {
      dictionary: DICTIONARY_KEY,
      dataSource: stringShape({ enum: DATA_SOURCES }),
    };
    if (!isRecord(value)) return [formProblem('INVALID_PROPERTY', path, 'Must be an object.')];
    const problems = checkProperties(value, path, shapes, []);
    const count = ['dictionary', 'dataSource'].filter((k) => value[k] !== undefined).length;
    if (count !== 1)
      problems.push(formProblem('INVALID_PROPERTY', path, 'Give exactly one of "dictionary", "dataSource".'));
    return problems;
  },
};

/** A cascader's options come from a dictionary only: `{ "dictionary": key }`. */
export const dictionaryOnlyShape: Shape = {
  doc: '{ "dictionary": key }',
  check: (value, path) =>
    isRecord(value)
      ? checkProperties(value, path, { dictionary: DICTIONARY_KEY }, ['dictionary'])
      : [formProblem('INVALID_PROPERTY', path, 'Must be an object.')],
};

/** `[{ rule, message, severity? }]`. */
export const validationsShape: Shape = listOf(
  'a list of { rule, message, severity? }',
  objectItem({ rule: ruleShape, message: textShape, severity: stringShape({ enum: ['error', 'warning'] }) }, [
    'rule',
    'message',
  ]),
);

/** `[{ key, op, field?, label? }]`. */
export const aggregatesShape: Shape = listOf(
  'a list of { key, op, field?, label? }',
  objectItem(
    {
      key: keyShape,
      label: textShape,
      op: stringShape({ enum: ['sum', 'count', 'min', 'max', 'avg'] }),
      field: keyShape,
    },
    ['key', 'op'],
  ),
);

/** Child fields of a section or the columns of a sub-form; the form checker walks each of them. */
export const fieldsShape: Shape = {
  doc: 'a list of fields',
  check: (value, path) =>
    Array.isArray(value) ? [] : [formProblem('INVALID_PROPERTY', path, 'Must be a list of fields.')],
};

/** `["category", { "field": "estimatedFee", "name": "amount" }]`. */
export const processVariablesShape: Shape = listOf('a list of field keys or { field, name }', (value, path) =>
  typeof value === 'string'
    ? keyShape.check(value, path)
    : objectItem({ field: keyShape, name: keyShape }, ['field', 'name'])(value, path),
);

import { booleanShape, integerShape, ruleShape } from '../definition/shape';
import { dictionaryOnlyShape, optionsFromShape, optionsShape } from '../definition/compound-shapes';
import type { CascaderField, ChoiceField, PickerField, ValueField } from '../model/form-definition.type';
import { issue, type Issue } from '../problems/issue.type';
import { asText, coerceText, coerceTextList, firstDuplicate } from './coerce.util';
import type { CheckContext, FieldKind } from './field-kind.type';
import { checkChosen, checkPath } from './option-lookup.util';

function checkCount(count: number, min: number | undefined, max: number | undefined): Issue[] {
  if (min !== undefined && count < min) return [issue('MIN_ITEMS', { min })];
  return max !== undefined && count > max ? [issue('MAX_ITEMS', { max })] : [];
}

function checkMany(values: readonly string[], field: ChoiceField | PickerField, ctx: CheckContext): Issue[] {
  const duplicate = firstDuplicate(values);
  if (duplicate !== undefined) return [issue('DUPLICATE_VALUE', { value: duplicate })];
  return [...checkCount(values.length, field.minItems, field.maxItems), ...checkChosen(values, ctx)];
}

const single = {
  holdsValue: true,
  computable: false,
  ruleType: () => ({ type: 'string' }) as const,
  coerce: coerceText,
  check: (value: unknown, _field: ValueField, ctx: CheckContext) => checkChosen([asText(value)], ctx),
};

const many = {
  holdsValue: true,
  computable: false,
  ruleType: () => ({ type: 'array', items: { type: 'string' } }) as const,
  coerce: coerceTextList,
  check: (value: unknown, field: ValueField, ctx: CheckContext) =>
    checkMany(value as string[], field as ChoiceField, ctx),
};

const optionSources = { options: optionsShape, optionsFrom: optionsFromShape, optionFilter: ruleShape };
const counts = { minItems: integerShape(0, 1000), maxItems: integerShape(1, 1000) };

export const selectKind: FieldKind = {
  ...single,
  type: 'select',
  summary: 'One option from a drop-down: static options, a dictionary or a host data source, optionally filtered.',
  value: 'the option value (text)',
  example: 'leak',
  properties: optionSources,
};

export const radioKind: FieldKind = {
  ...single,
  type: 'radio',
  summary: 'One option shown as radio buttons; options as for `select`.',
  value: 'the option value (text)',
  example: 'indoor',
  properties: optionSources,
};

export const multiselectKind: FieldKind = {
  ...many,
  type: 'multiselect',
  summary: 'Several options from a drop-down, with optional minimum and maximum counts.',
  value: 'list of distinct option values',
  example: ['water', 'power'],
  properties: { ...optionSources, ...counts },
};

export const checkboxKind: FieldKind = {
  ...many,
  type: 'checkbox',
  summary: 'Several options shown as check boxes (复选框组); as `multiselect`. A yes/no box is a `switch`.',
  value: 'list of distinct option values',
  example: ['kitchen', 'bathroom'],
  properties: { ...optionSources, ...counts },
};

export const cascaderKind: FieldKind = {
  ...many,
  type: 'cascader',
  summary: 'A path through nested options (category → sub-category), static or from a dictionary.',
  value: 'list of option values from the top level down',
  example: ['plumbing', 'leak'],
  properties: { options: optionsShape, optionsFrom: dictionaryOnlyShape, leafOnly: booleanShape },
  check: (value, field, ctx) => {
    const path = value as string[];
    const duplicate = firstDuplicate(path);
    if (duplicate !== undefined) return [issue('DUPLICATE_VALUE', { value: duplicate })];
    return checkPath(path, (field as CascaderField).leafOnly ?? true, ctx);
  },
};

function pickerKind(type: 'user-picker' | 'team-picker', who: string, example: string): FieldKind {
  return {
    type,
    summary: `One ${who} (or several with \`multiple\`) from the host's \`${who}s\` data source, optionally filtered.`,
    value: `the ${who} id, or a list of ids with \`multiple\``,
    example,
    properties: { multiple: booleanShape, optionFilter: ruleShape, ...counts },
    holdsValue: true,
    computable: false,
    ruleType: (field) =>
      (field as PickerField).multiple === true ? { type: 'array', items: { type: 'string' } } : { type: 'string' },
    coerce: (raw, field) => ((field as PickerField).multiple === true ? coerceTextList(raw) : coerceText(raw)),
    check: (value, field, ctx) =>
      Array.isArray(value)
        ? checkMany(value as string[], field as PickerField, ctx)
        : checkChosen([asText(value)], ctx),
  };
}

export const userPickerKind = pickerKind('user-picker', 'user', 'u-1024');
export const teamPickerKind = pickerKind('team-picker', 'team', 'team-plumbing');

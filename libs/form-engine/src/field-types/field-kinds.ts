import { validationsShape } from '../definition/compound-shapes';
import {
  booleanShape,
  integerShape,
  keyShape,
  requiredShape,
  ruleShape,
  stringShape,
  textShape,
  type Shape,
} from '../definition/shape';
import type { FieldType } from '../model/field-type';
import {
  cascaderKind,
  checkboxKind,
  multiselectKind,
  radioKind,
  selectKind,
  teamPickerKind,
  userPickerKind,
} from './choice.kinds';
import { dateKind, datetimeKind, timeKind } from './date.kinds';
import type { FieldKind } from './field-kind.type';
import { fileKind, imageKind, signatureKind } from './file.kinds';
import { integerKind, moneyKind, numberKind, ratingKind } from './number.kinds';
import { dividerKind, locationKind, sectionKind, serialKind, subFormKind, switchKind } from './other.kinds';
import { emailKind, idCardKind, phoneKind, textareaKind, textKind } from './text.kinds';

/** Every field type, in the order the docs and the designer's palette list them. */
export const FIELD_KINDS: Readonly<Record<FieldType, FieldKind>> = {
  text: textKind,
  textarea: textareaKind,
  number: numberKind,
  integer: integerKind,
  money: moneyKind,
  select: selectKind,
  multiselect: multiselectKind,
  radio: radioKind,
  checkbox: checkboxKind,
  switch: switchKind,
  cascader: cascaderKind,
  date: dateKind,
  datetime: datetimeKind,
  time: timeKind,
  phone: phoneKind,
  email: emailKind,
  'id-card': idCardKind,
  image: imageKind,
  file: fileKind,
  signature: signatureKind,
  rating: ratingKind,
  location: locationKind,
  'user-picker': userPickerKind,
  'team-picker': teamPickerKind,
  serial: serialKind,
  'sub-form': subFormKind,
  section: sectionKind,
  divider: dividerKind,
};

/** Properties every field has. */
export const COMMON_PROPERTIES: Readonly<Record<string, Shape>> = {
  key: keyShape,
  type: stringShape({ doc: 'a field type' }),
  label: textShape,
  description: textShape,
  visibleIf: ruleShape,
  span: integerShape(1, 4),
  permission: stringShape({ enum: ['write', 'read', 'hidden'] }),
};

/** Properties of fields that take input. */
export const INPUT_PROPERTIES: Readonly<Record<string, Shape>> = {
  placeholder: textShape,
  default: ruleShape,
  required: requiredShape,
  readOnly: booleanShape,
  readOnlyIf: ruleShape,
  keepWhenHidden: booleanShape,
  validations: validationsShape,
};

/** The kind of a type, if it is one. */
export function fieldKind(type: unknown): FieldKind | undefined {
  return typeof type === 'string' && Object.hasOwn(FIELD_KINDS, type) ? FIELD_KINDS[type as FieldType] : undefined;
}

/** All properties a field of this kind may have. */
export function propertiesOf(kind: FieldKind): Readonly<Record<string, Shape>> {
  const takesInput = kind.holdsValue && kind.type !== 'serial';
  return {
    ...COMMON_PROPERTIES,
    ...(takesInput ? INPUT_PROPERTIES : {}),
    ...(kind.computable ? { computed: ruleShape } : {}),
    ...kind.properties,
  };
}

/** Properties a field of this kind must have. */
export function requiredPropertiesOf(kind: FieldKind): readonly string[] {
  return ['key', 'type', ...(kind.required ?? ['label'])];
}

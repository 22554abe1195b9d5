import type { FieldValidation, ValueField } from '../model/form-definition.type';
import { textIn, type LocalizedMessage } from '../model/localized-text';
import type { FieldRules } from './form-plan.type';

type Loose = ValueField & {
  readOnlyIf?: unknown;
  computed?: unknown;
  default?: unknown;
  required?: unknown;
  optionFilter?: unknown;
  validations?: readonly FieldValidation[];
  readOnly?: boolean;
  keepWhenHidden?: boolean;
};

/** Reads a field's rules and flags into their fixed shape. */
export function fieldRules(def: ValueField): FieldRules {
  const d = def as Loose;
  const name = (rule: string): string => `${def.key}.${rule}`;
  return {
    visibleIf: d.visibleIf,
    readOnlyIf: d.readOnlyIf,
    computed: d.computed,
    default: d.default,
    required: d.required,
    optionFilter: d.optionFilter,
    validations: d.validations ?? [],
    readOnly: d.readOnly === true,
    keepWhenHidden: d.keepWhenHidden === true,
    permission: d.permission,
    names: {
      visibleIf: name('visibleIf'),
      readOnlyIf: name('readOnlyIf'),
      computed: name('computed'),
      default: name('default'),
      required: name('required'),
      optionFilter: name('optionFilter'),
    },
  };
}

/** “报修类别” / "Category". */
export function fieldSubjectOf(def: ValueField): LocalizedMessage {
  return { 'zh-CN': `“${textIn(def.label, 'zh-CN')}”`, en: `"${textIn(def.label, 'en')}"` };
}

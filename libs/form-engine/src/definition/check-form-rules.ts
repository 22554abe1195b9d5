import { checkRule, type RuleScope, type RuleValueType } from '@anxin/rules';
import type { ValueField } from '../model/form-definition.type';
import type { FormPlan, PlanField } from '../plan/form-plan.type';
import { pointer, type FormProblem } from '../problems/form-problem.type';
import { fieldSchema, formScope, rowScope, withOption, withValue } from './form-scope';

function check(rule: unknown, at: string, scope: RuleScope, expect: RuleValueType): FormProblem[] {
  if (rule === undefined) return [];
  return checkRule(rule, scope, { expect }).map((p) => ({ ...p, path: `${at}${p.path}` }));
}

function checkFieldRules(field: PlanField, scope: RuleScope): FormProblem[] {
  const def = field.def as ValueField & {
    readOnlyIf?: unknown;
    required?: unknown;
    computed?: unknown;
    default?: unknown;
    optionFilter?: unknown;
    validations?: readonly { rule: unknown }[];
  };
  const at = (name: string, ...more: (string | number)[]): string => pointer(field.pointer, name, ...more);
  const type = fieldSchema(field).type;
  const required = typeof def.required === 'boolean' ? undefined : def.required;
  return [
    ...check(def.visibleIf, at('visibleIf'), scope, 'boolean'),
    ...check(def.readOnlyIf, at('readOnlyIf'), scope, 'boolean'),
    ...check(required, at('required'), scope, 'boolean'),
    ...check(def.computed, at('computed'), scope, type),
    ...check(def.default, at('default'), scope, type),
    ...check(def.optionFilter, at('optionFilter'), withOption(scope), 'boolean'),
    ...(def.validations !== undefined
      ? def.validations.flatMap((v, i) =>
          check(v.rule, at('validations', i, 'rule'), withValue(scope, field), 'boolean'),
        )
      : []),
  ];
}

/**
 * Checks every rule of the form with `checkRule`, against the variables it can read: fields, aggregates, `$user`
 * and `$context` everywhere; `$row` and `$index` in sub-form columns; `$value` in validations; `$option` in option
 * filters. Conditions must be boolean; `computed` and `default` must yield the field's type.
 */
export function checkFormRules(plan: FormPlan): FormProblem[] {
  const top = formScope(plan);
  return [
    ...plan.layout.flatMap((l) => check(l.def.visibleIf, pointer(l.pointer, 'visibleIf'), top, 'boolean')),
    ...plan.fields.flatMap((field) => {
      const rows = field.columns === undefined ? undefined : rowScope(plan, field);
      return [
        ...checkFieldRules(field, top),
        ...(field.columns?.declared.flatMap((column) => checkFieldRules(column, rows ?? top)) ?? []),
      ];
    }),
  ];
}

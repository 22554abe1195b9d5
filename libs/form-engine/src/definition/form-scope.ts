import type { RuleScope, RuleValueSchema, RuleVariable } from '@anxin/rules';
import type { FormPlan, PlanField } from '../plan/form-plan.type';

/** `$user`: the signed-in user, as `FormContext.user` gives it. */
const USER: RuleVariable = {
  name: '$user',
  type: 'object',
  description: 'the signed-in user',
  properties: [
    { name: 'id', type: 'string' },
    { name: 'name', type: 'string' },
    { name: 'phone', type: 'string' },
    { name: 'roles', type: 'array', items: { type: 'string' } },
    { name: 'teamIds', type: 'array', items: { type: 'string' } },
    { name: 'projectIds', type: 'array', items: { type: 'string' } },
  ],
};
/** `$context`: whatever the host passes (the scanned unit, the ticket); open. */
const CONTEXT: RuleVariable = { name: '$context', type: 'object', description: 'host facts' };
const OPTION: RuleVariable = { name: '$option', type: 'object', description: 'the option being filtered' };
const INDEX: RuleVariable = { name: '$index', type: 'number', description: 'the row number, from 0' };

/** The type rules see for a field's value (a sub-form: its rows with the columns' types). */
export function fieldSchema(field: PlanField): RuleValueSchema {
  if (field.columns === undefined) return field.kind.ruleType(field.def);
  return { type: 'array', items: { type: 'object', properties: field.columns.declared.map(fieldVariable) } };
}

function fieldVariable(field: PlanField): RuleVariable {
  return { name: field.key, ...fieldSchema(field) };
}

/** What the rules of top-level fields read: every field, every aggregate, `$user` and `$context`. */
export function formScope(plan: FormPlan): RuleScope {
  return {
    variables: [
      ...plan.fields.map(fieldVariable),
      ...plan.aggregates.map((a): RuleVariable => ({ name: a.key, type: 'number' })),
      USER,
      CONTEXT,
    ],
  };
}

/** What per-row rules of a sub-form read: the form, plus `$row` (this row's columns) and `$index`. */
export function rowScope(plan: FormPlan, subForm: PlanField): RuleScope {
  const row: RuleVariable = {
    name: '$row',
    type: 'object',
    properties: subForm.columns?.declared.map(fieldVariable) ?? [],
  };
  return { variables: [...formScope(plan).variables, row, INDEX] };
}

/** A scope plus `$value`, the checked field's own value (validations). */
export function withValue(scope: RuleScope, field: PlanField): RuleScope {
  return { variables: [...scope.variables, { name: '$value', ...fieldSchema(field) }] };
}

/** A scope plus `$option` (option filters). */
export function withOption(scope: RuleScope): RuleScope {
  return { variables: [...scope.variables, OPTION] };
}

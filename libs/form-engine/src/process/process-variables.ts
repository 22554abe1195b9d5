import type { JsonObject } from '@anxin/rules';
import type { FormDefinition } from '../model/form-definition.type';

/**
 * The variables a submission gives the process the form starts (`startsProcess`): each mapped field or
 * aggregate under its variable name; a field without a value is `null`.
 *
 * @example processVariablesOf(form, value); // { category: 'leak', amount: 320 }
 */
export function processVariablesOf(form: FormDefinition, value: JsonObject): JsonObject {
  const variables: JsonObject = {};
  for (const mapping of form.processVariables ?? []) {
    const field = typeof mapping === 'string' ? mapping : mapping.field;
    const name = typeof mapping === 'string' ? mapping : mapping.name;
    variables[name] = Object.hasOwn(value, field) ? (value[field] ?? null) : null;
  }
  return variables;
}

import type { RuleValueType, RuleVariable } from '@anxin/rules';
import { extensionsOf, trimmedOf, type ModdleElement } from '../moddle-element';
import { report, type ReadContext } from './read-context';

const VALUE_TYPES: readonly string[] = [
  'string',
  'number',
  'boolean',
  'date',
  'array',
  'object',
] satisfies RuleValueType[];

/** `<anxin:variable name type>` declarations of the process; each name once, the type a rule value type. */
export function readProcessVariables(process: ModdleElement, ctx: ReadContext): RuleVariable[] {
  const variables: RuleVariable[] = [];
  extensionsOf(process, 'anxin:Variable').forEach((variable, index) => {
    const name = trimmedOf(variable, 'name');
    const type = trimmedOf(variable, 'type');
    const path = `anxin:variable/${index}`;
    if (name === undefined || type === undefined || !VALUE_TYPES.includes(type)) {
      const message = `anxin:variable #${index + 1} needs a name and a type (${VALUE_TYPES.join(', ')}).`;
      report(ctx, { code: 'extension.invalid', elementId: ctx.processKey, path, message });
    } else if (variables.some((v) => v.name === name)) {
      report(ctx, {
        code: 'extension.invalid',
        elementId: ctx.processKey,
        path,
        message: `Variable "${name}" is declared twice.`,
      });
    } else {
      variables.push({ name, type: type as RuleValueType });
    }
  });
  return variables;
}

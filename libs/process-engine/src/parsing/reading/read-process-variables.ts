import type { RuleValueType, RuleVariable } from '@anxin/rules';
import { INDEXED_VARIABLE_SLOTS, type IndexedVariable, type IndexedVariableType } from '../../model/process-model.type';
import { extensionsOf, flagOf, trimmedOf, type ModdleElement } from '../moddle-element';
import { report, type ReadContext } from './read-context';

const VALUE_TYPES: readonly string[] = [
  'string',
  'number',
  'boolean',
  'date',
  'array',
  'object',
] satisfies RuleValueType[];

export interface ProcessVariables {
  readonly variables: RuleVariable[];
  readonly indexed: IndexedVariable[];
}

/**
 * `<anxin:variable name type index>` declarations of the process; each name once, the type a rule value type.
 * `index="true"` on a string, number or date variable gives it the next typed column of its type.
 */
export function readProcessVariables(process: ModdleElement, ctx: ReadContext): ProcessVariables {
  const variables: RuleVariable[] = [];
  const indexed: IndexedVariable[] = [];
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
      if (flagOf(variable, 'index') === true) readIndexed({ name, type, path, indexed }, ctx);
    }
  });
  return { variables, indexed };
}

function readIndexed(
  fields: { name: string; type: string; path: string; indexed: IndexedVariable[] },
  ctx: ReadContext,
): void {
  const { name, type, path, indexed } = fields;
  if (!Object.hasOwn(INDEXED_VARIABLE_SLOTS, type)) {
    const message = `Variable "${name}" of type ${type} cannot be indexed: only string, number and date can.`;
    report(ctx, { code: 'extension.invalid', elementId: ctx.processKey, path: `${path}/index`, message });
    return;
  }
  const slotType = type as IndexedVariableType;
  const slot = indexed.filter((v) => v.type === slotType).length + 1;
  if (slot > INDEXED_VARIABLE_SLOTS[slotType]) {
    const message = `At most ${INDEXED_VARIABLE_SLOTS[slotType]} ${slotType} variables can be indexed; "${name}" is one too many.`;
    report(ctx, { code: 'extension.invalid', elementId: ctx.processKey, path: `${path}/index`, message });
    return;
  }
  indexed.push({ name, type: slotType, slot });
}

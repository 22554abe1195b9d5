import type { VariableMapping } from '../../model/process-model.type';
import { extensionsOf, textOf, trimmedOf, type ModdleElement } from '../moddle-element';
import { report, type ReadContext } from './read-context';
import { readRuleText } from './read-rule-text';

export interface MappingsInput {
  readonly el: ModdleElement;
  readonly elementId: string;
  readonly direction: 'input' | 'output';
}

/** `<anxin:input target="x">rule</anxin:input>` (or `anxin:output`), in document order; path `anxin:input/<index>`. */
export function readVariableMappings({ el, elementId, direction }: MappingsInput, ctx: ReadContext): VariableMapping[] {
  const mappings: VariableMapping[] = [];
  extensionsOf(el, direction === 'input' ? 'anxin:Input' : 'anxin:Output').forEach((mapping, index) => {
    const path = `anxin:${direction}/${index}`;
    const target = trimmedOf(mapping, 'target');
    if (target === undefined) {
      const message = `anxin:${direction} #${index + 1} has no target variable.`;
      report(ctx, { code: 'extension.invalid', elementId, path, message });
    }
    const what = `The ${direction} mapping to "${target ?? '?'}"`;
    const rule = readRuleText({ text: textOf(mapping, 'body'), elementId, path, what }, ctx);
    if (target !== undefined && rule !== undefined) mappings.push({ target, rule });
  });
  return mappings;
}

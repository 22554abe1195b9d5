import type { ValueSource } from '../../model/process-model.type';
import type { ReadContext } from './read-context';
import { readRuleText } from './read-rule-text';

export interface ValueSourceInput {
  readonly text: string | undefined;
  readonly elementId: string;
  /** The attribute, e.g. `anxin:assignee`. */
  readonly path: string;
}

/** Text starting with `{` or `[` is a JSONLogic rule; anything else is literal text. */
export function isRuleText(text: string): boolean {
  return /^[[{]/.test(text.trim());
}

/** An attribute read as a value source: a rule when it looks like JSON, otherwise the trimmed literal. */
export function readValueSource(input: ValueSourceInput, ctx: ReadContext): ValueSource | undefined {
  const text = input.text?.trim();
  if (text === undefined || text === '') return undefined;
  if (!isRuleText(text)) return { kind: 'literal', value: text };
  const rule = readRuleText({ ...input, what: input.path }, ctx);
  return rule === undefined ? undefined : { kind: 'rule', rule };
}

/** A list attribute (`anxin:candidateUsers`): one rule, or one literal per comma-separated item. */
export function readValueSourceList(input: ValueSourceInput, ctx: ReadContext): ValueSource[] {
  const text = input.text?.trim();
  if (text === undefined || text === '') return [];
  if (isRuleText(text)) {
    const source = readValueSource(input, ctx);
    return source === undefined ? [] : [source];
  }
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((value) => ({ kind: 'literal', value }));
}

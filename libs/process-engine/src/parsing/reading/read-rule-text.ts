import type { JsonLogicRule } from '@anxin/rules';
import { report, type ReadContext } from './read-context';

export interface RuleTextInput {
  readonly text: string | undefined;
  readonly elementId: string;
  readonly path: string;
  /** What the rule is, for messages ("the condition", "anxin:collection"). */
  readonly what: string;
}

function parseJson(text: string): { readonly rule: JsonLogicRule } | { readonly error: string } {
  try {
    return { rule: JSON.parse(text) as JsonLogicRule };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Parses the JSON text of a JSONLogic rule; reports `rule.malformedJson` (blank text included) and yields nothing. */
export function readRuleText(input: RuleTextInput, ctx: ReadContext): JsonLogicRule | undefined {
  const { text, elementId, path, what } = input;
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') {
    report(ctx, { code: 'rule.malformedJson', elementId, path, message: `${what} is empty; write a JSONLogic rule.` });
    return undefined;
  }
  const parsed = parseJson(trimmed);
  if ('rule' in parsed) return parsed.rule;
  const message = `${what} is not valid JSON (${parsed.error}); a JSONLogic rule is JSON.`;
  report(ctx, { code: 'rule.malformedJson', elementId, path, message });
  return undefined;
}

import { spendIterations } from '../evaluation/evaluation-context';
import { eager } from './compile-helpers';
import type { OperationDefinition } from './operation.type';

/** True when `text` contains one of `keywords`, ignoring case; empty keywords and non-text are ignored. */
export function containsAny(text: unknown, keywords: readonly unknown[]): boolean {
  if (typeof text !== 'string') return false;
  const haystack = text.toLowerCase();
  return keywords.some((k) => typeof k === 'string' && k !== '' && haystack.includes(k.toLowerCase()));
}

/**
 * `{ "contains_any": [text, keywords] }`: keyword rules over free text (an owner's description), case-insensitive.
 * `keywords` is a list of strings or a single string; a text that is not a string never matches.
 */
export const containsAnyOperation: OperationDefinition = {
  name: 'contains_any',
  family: 'text',
  summary: '`[text, keywords]`: the text contains at least one keyword (case-insensitive); `false` for non-text.',
  arity: { min: 2, max: 2 },
  signature: { params: [['string'], ['array', 'string']], result: 'boolean' },
  examples: [
    {
      description: 'escalate descriptions that mention gas or fire',
      rule: { contains_any: [{ var: 'description' }, ['煤气', '燃气', '着火', 'gas']] },
      data: { description: '厨房有燃气味，请尽快处理' },
      result: true,
    },
    {
      description: 'case does not matter',
      rule: { contains_any: [{ var: 'description' }, ['WiFi']] },
      data: { description: 'wifi router dead' },
      result: true,
    },
  ],
  compile: eager(([text, keywords], _data, ctx, path) => {
    const list: readonly unknown[] = Array.isArray(keywords) ? keywords : [keywords];
    spendIterations(ctx, list.length, path);
    return containsAny(text, list);
  }),
};

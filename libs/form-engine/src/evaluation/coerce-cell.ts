import type { JsonValue } from '@anxin/rules';
import { isEmptyInput } from '../field-types/coerce.util';
import type { PlanField } from '../plan/form-plan.type';
import { report, runRule, type Run, type Where } from './run';

export type CellInput = { readonly ok: true; readonly value: JsonValue } | { readonly ok: false };

/** Coerces input to a field's value; reports why it cannot be one (when `reporting`). Empty input is `null`. */
export function coerceInput(run: Run, field: PlanField, raw: unknown, where: Where, reporting: boolean): CellInput {
  if (isEmptyInput(raw)) return { ok: true, value: null };
  const coerced = field.kind.coerce(raw, field.def, run);
  if (coerced.ok) return coerced;
  if (reporting) report(run, coerced.issue, where);
  return { ok: false };
}

/**
 * The value a rule gives a field (`default` or `computed`): rounded as the type wants (money to the fen), then
 * coerced like input. A result that is not a valid value is a `RULE_FAILED`.
 */
export function ruleValue(run: Run, field: PlanField, rule: unknown, where: Where, purpose: string): JsonValue {
  const outcome = runRule(run, rule, where, purpose);
  if (!outcome.ok) return null;
  const rounded = field.kind.normalizeComputed?.(outcome.value, field.def) ?? outcome.value;
  const input = coerceInput(run, field, rounded, where, false);
  if (input.ok) return input.value;
  const detail = `the result ${JSON.stringify(outcome.value).slice(0, 80)} is not a valid ${field.kind.type} value`;
  report(run, { code: 'RULE_FAILED', params: { rule: purpose, detail } }, where);
  return null;
}

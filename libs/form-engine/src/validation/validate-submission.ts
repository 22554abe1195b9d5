import type { JsonObject } from '@anxin/rules';
import { compileForm } from '../definition/check-form';
import { resolveForm } from '../evaluation/resolve-form';
import { formInvalid, sortProblems } from '../evaluation/problem-order';
import type { FormContext } from '../model/form-context.type';
import type { SerialField } from '../model/form-definition.type';
import { blocksSubmission, type SubmissionProblem } from '../problems/submission-problem.type';
import { validateCell } from './validate-cells';

/** A serial-number field whose value the host assigns after a successful validation. */
export interface SerialToAssign {
  readonly key: string;
  readonly pattern: string;
}

/** The outcome of `validateSubmission`. */
export interface SubmissionResult {
  /** No problem is an error: the value may be stored. */
  readonly ok: boolean;
  /** The value to store: coerced, computed fields recomputed, hidden fields dropped, read-only fields the server's. */
  readonly value: JsonObject;
  readonly problems: readonly SubmissionProblem[];
  /** Visible serial fields still without a number: assign them with `formatSerial` before storing. */
  readonly serials: readonly SerialToAssign[];
}

/**
 * Validates a submission exactly as the designer previews it, and returns the value to store. Never throws.
 *
 * The form must pass `checkForm` (else the only problem is `FORM_INVALID`). Unknown keys are rejected; input is
 * coerced by the documented rules only; hidden fields are dropped and not validated (kept from
 * `context.previous` with `keepWhenHidden`); read-only fields keep the stored value (else their default),
 * whatever the client sends; computed fields and aggregates are recomputed; `required` applies to visible,
 * writable fields only. Problem paths are data paths (`materials[2].quantity`) with zh-CN and en messages.
 *
 * @example
 * ```ts
 * const { ok, value, problems } = validateSubmission(form, body, { now: clock.now, user, dictionaries });
 * ```
 */
export function validateSubmission(form: unknown, data: unknown, context: FormContext = {}): SubmissionResult {
  const { plan } = compileForm(form);
  if (plan === undefined) return { ok: false, value: {}, problems: [formInvalid()], serials: [] };
  const resolution = resolveForm(plan, data, context);
  const { run } = resolution;
  for (const field of plan.fields) {
    const cell = resolution.cells.get(field.key);
    if (cell !== undefined) validateCell(run, cell);
  }
  const problems = sortProblems(plan, run.problems);
  const serials = plan.fields
    .filter((f) => f.kind.type === 'serial' && resolution.cells.get(f.key)?.visible === true)
    .filter((f) => resolution.value[f.key] === null)
    .map((f) => ({ key: f.key, pattern: (f.def as SerialField).pattern }));
  return { ok: !blocksSubmission(problems), value: resolution.value, problems, serials };
}

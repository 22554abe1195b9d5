// One-field (or few-field) forms for unit tests of field types and semantics.
import type { FieldDefinition, FormContext, FormDefinition, SubmissionResult } from '../../src/index';
import { validateSubmission } from '../../src/index';
import { context as fixtureContext } from './fixtures';

/** A form of these fields. */
export function formOf(...fields: readonly FieldDefinition[]): FormDefinition {
  return { key: 'test-form', title: { 'zh-CN': '测试', en: 'Test' }, fields };
}

/** Validates `{ [field.key]: value }` against a form of that one field (the fixtures' context by default). */
export function validateOne(
  field: FieldDefinition,
  value: unknown,
  context: FormContext = fixtureContext,
): SubmissionResult {
  return validateSubmission(formOf(field), value === undefined ? {} : { [field.key]: value }, context);
}

/** The codes of the problems, in order. */
export function codes(result: { readonly problems: readonly { readonly code: string }[] }): string[] {
  return result.problems.map((p) => p.code);
}

import fc from 'fast-check';
import type { FormDefinition, SubmissionProblem } from '../index';
import { checkForm, evaluateForm, validateSubmission } from '../index';
import { nearlyValidOf, submissionOf, valueFields } from '../../test/support/arbitraries';
import { GOLDEN_CASES } from '../../test/golden/golden-cases';
import { context, FIXTURE_NAMES, fixtureForm } from '../../test/support/fixtures';

const forms = FIXTURE_NAMES.map(fixtureForm);
/** A form and a submission to it: mostly plausible data, sometimes anything at all. */
const formAndData = fc
  .constantFrom(...forms)
  .chain((form) =>
    fc.tuple(
      fc.constant(form),
      fc.oneof({ arbitrary: submissionOf(form), weight: 4 }, { arbitrary: fc.anything(), weight: 1 }),
    ),
  );

/**
 * Whether a problem's path names something of the form: the submission (`""`), a field, a row that was sent
 * (`materials[2]`), or a column of such a row (`materials[2].quantity`).
 */
function pathExists(form: FormDefinition, data: unknown, problem: SubmissionProblem): boolean {
  if (problem.path === '') return true;
  const match = /^([A-Za-z]\w*)(?:\[(\d+)\](?:\.([A-Za-z]\w*))?)?$/.exec(problem.path);
  const field = valueFields(form).find((f) => f.key === match?.[1]);
  if (match === null || field === undefined) return false;
  if (match[2] === undefined) return true;
  const rows = (data as Record<string, unknown>)[field.key];
  if (field.type !== 'sub-form' || !Array.isArray(rows) || Number(match[2]) >= Math.min(rows.length, 1000))
    return false;
  return match[3] === undefined || field.fields.some((c) => c.key === match[3]);
}

/** Submissions that are often valid: the first golden case of each form with a few fields changed. */
const nearlyValid = fc
  .constantFrom(...FIXTURE_NAMES)
  .chain((name) =>
    fc.tuple(
      fc.constant(fixtureForm(name)),
      nearlyValidOf(fixtureForm(name), GOLDEN_CASES[name][0]?.data as Record<string, unknown>),
    ),
  );

describe('validateSubmission on arbitrary data (properties)', () => {
  it('should never throw, whatever the data (and neither should evaluateForm)', () => {
    fc.assert(
      fc.property(formAndData, ([form, data]) => {
        // given any data for an example form
        // when it is validated and evaluated
        const result = validateSubmission(form, data, context);
        evaluateForm(form, data, context);

        // then a result comes back, valid exactly when no problem is an error
        expect(result.ok).toBe(!result.problems.some((p) => p.severity === 'error'));
      }),
      { numRuns: 1200 },
    );
  });

  it('should give every problem a path that exists in the form, and a message in both languages', () => {
    fc.assert(
      fc.property(formAndData, ([form, data]) => {
        // given any data for an example form
        // when it is validated
        const { problems } = validateSubmission(form, data, context);

        // then each problem is about the submission, a field, a row sent or a cell of it
        for (const problem of problems) {
          expect([problem.path, pathExists(form, data, problem)]).toEqual([problem.path, true]);
          expect(problem.messages['zh-CN'].length * problem.messages.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('should give the same result when validating twice', () => {
    fc.assert(
      fc.property(formAndData, ([form, data]) => {
        // given the same data twice (a copy, so nothing can leak between the calls)
        const copy = structuredClone(data);

        // when both are validated
        // then the results are equal, and the data was not changed
        expect(validateSubmission(form, copy, context)).toEqual(validateSubmission(form, data, context));
        expect(copy).toEqual(data);
      }),
      { numRuns: 500 },
    );
  });

  it('should re-validate a valid value clean, to the same value', () => {
    let valid = 0;
    fc.assert(
      fc.property(nearlyValid, ([form, data]) => {
        // given a submission that validates without any problem
        const first = validateSubmission(form, data, context);
        fc.pre(first.problems.length === 0);
        valid += 1;

        // when the stored value is validated again
        const second = validateSubmission(form, first.value, context);

        // then it is clean and unchanged
        expect(second.problems).toEqual([]);
        expect(second.value).toEqual(first.value);
      }),
      { numRuns: 500, maxSkipsPerRun: 100 },
    );
    // and the property was not vacuous
    expect(valid).toBeGreaterThanOrEqual(500);
  });
});

describe('checkForm on arbitrary documents (property)', () => {
  it('should never throw and always find something wrong with junk', () => {
    fc.assert(
      fc.property(fc.anything(), (document) => {
        // given any value
        // when it is checked as a form
        // then problems come back
        expect(checkForm(document).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

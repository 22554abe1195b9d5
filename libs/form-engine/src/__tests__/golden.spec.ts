import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateForm, validateSubmission } from '../index';
import type { FieldState } from '../index';
import { GOLDEN_CASES, type GoldenCase } from '../../test/golden/golden-cases';
import { context, FIXTURE_NAMES, fixtureForm, type FixtureName } from '../../test/support/fixtures';

// Golden results of the example forms: what the server stores and reports, and what the UI shows, for each
// case of test/golden/golden-cases.ts. Regenerate with UPDATE_GOLDEN=1 (see that file).
const goldenPath = (name: FixtureName): string => join(__dirname, `../../test/golden/${name}.golden.json`);

/** One word per state: what a reviewer needs to see at a glance. */
function flags(state: FieldState): string {
  if (!state.visible) return 'hidden';
  return (
    [state.required ? 'required' : '', state.computed ? 'computed' : state.readOnly ? 'read-only' : '']
      .filter((f) => f !== '')
      .join(' ') || 'editable'
  );
}

function run(name: FixtureName, golden: GoldenCase): unknown {
  const ctx = { ...context, ...golden.context };
  const validation = validateSubmission(fixtureForm(name), golden.data, ctx);
  const evaluation = evaluateForm(fixtureForm(name), golden.data, ctx);
  return {
    case: golden.name,
    ok: validation.ok,
    problems: validation.problems.map(
      (p) => `${p.severity} ${p.code} at "${p.path}": ${p.messages['zh-CN']} | ${p.messages.en}`,
    ),
    value: validation.value,
    serials: validation.serials,
    ui: Object.fromEntries(Object.entries(evaluation.fields).map(([key, state]) => [key, flags(state)])),
  };
}

describe('golden results of the example forms', () => {
  it.each(FIXTURE_NAMES)('should give the recorded results for %s', (name) => {
    // given the cases of the form and the recorded results
    const actual = GOLDEN_CASES[name].map((golden) => run(name, golden));
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(goldenPath(name), JSON.stringify(actual));
      execFileSync(join(__dirname, '../../../../node_modules/.bin/prettier'), ['--write', goldenPath(name)]);
    }

    // when the cases are validated and evaluated again
    const recorded = JSON.parse(readFileSync(goldenPath(name), 'utf8')) as unknown;

    // then the results are exactly the recorded ones
    expect(actual).toEqual(recorded);
  });
});

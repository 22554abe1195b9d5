import recommended from 'bpmnlint/config/recommended';
import { LINT_RULES } from '../lint-rules';
import { located, parseFixture } from './parse-fixture';

/*
 * lint-findings.bpmn:
 *
 *   start ══(f1, f1-again)══→ work → end        stray (a start event connected to nothing)
 */
describe('parseProcess bpmnlint findings', () => {
  it('should report a duplicate sequence flow as lint.no-duplicate-sequence-flows', async () => {
    // given two flows from start to work
    // when it is read
    const { problems } = await parseFixture('lint-findings');
    // then the second flow is reported as an error
    expect(problems.find((p) => p.elementId === 'f1-again')).toEqual({
      code: 'lint.no-duplicate-sequence-flows',
      elementId: 'f1-again',
      path: '',
      message: 'SequenceFlow is a duplicate',
      severity: 'error',
    });
  });

  it('should report a disconnected element as lint.no-disconnected', async () => {
    // given the stray start event
    // when it is read
    const { problems } = await parseFixture('lint-findings');
    // then it is named; start events are reachable by definition, so only bpmnlint sees it
    expect(located(problems)).toContain('lint.no-disconnected stray');
  });

  it('should map bpmnlint warnings to warning problems', async () => {
    // given work with two incoming flows (bpmnlint's fake-join is a warning)
    // when it is read
    const { problems } = await parseFixture('lint-findings');
    // then the problem is a warning
    expect(problems.find((p) => p.code === 'lint.fake-join')).toMatchObject({ elementId: 'work', severity: 'warning' });
  });

  it('should import every rule of the recommended config statically', () => {
    // given bpmnlint's recommended config
    const names = Object.keys(recommended.rules ?? {});
    // when the static rule table is compared with it
    const missing = names.filter((name) => LINT_RULES[name] === undefined);
    // then none is missing (a bpmnlint upgrade adding a rule must add its import)
    expect(missing).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAssignmentStrategy } from '../check-assignment-strategy';

const fixture = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'repair-dispatch.assignment.json'), 'utf8'),
) as unknown;
const codesAt = (problems: ReturnType<typeof checkAssignmentStrategy>): string[] =>
  problems.map((p) => `${p.code} ${p.path}`);
const base = { key: 'k', steps: [{ type: 'onDutyOnly' }], fallback: { policy: 'leaveUnassigned' } };

describe('checkAssignmentStrategy', () => {
  it('should accept the repair-dispatch fixture against the ticket scope', () => {
    // given the fixture and the ticket's variables
    const scope = {
      variables: [
        { name: 'category', type: 'string' as const },
        { name: 'project', type: 'object' as const },
      ],
    };

    // when it is checked
    // then nothing is reported
    expect(checkAssignmentStrategy(fixture, scope)).toEqual([]);
  });

  it.each([
    [{ ...base, steps: [{ type: 'random' }] }, 'ASSIGNMENT_INVALID /steps/0/type'],
    [{ ...base, steps: [{ type: 'requireSkills' }] }, 'ASSIGNMENT_INVALID /steps/0'],
    [{ ...base, steps: [{ type: 'requireSkills', skills: [] }] }, 'ASSIGNMENT_INVALID /steps/0/skills'],
    [{ ...base, steps: [{ type: 'inTeams', teams: ['a'], teamsRule: { var: 't' } }] }, 'ASSIGNMENT_INVALID /steps/0'],
    [{ ...base, steps: [{ type: 'leastLoaded', measure: 'random' }] }, 'ASSIGNMENT_INVALID /steps/0/measure'],
    [{ ...base, steps: [{ type: 'leastLoaded', soft: true }] }, 'ASSIGNMENT_INVALID /steps/0/soft'],
    [{ ...base, steps: [{ type: 'roundRobin' }, { type: 'onDutyOnly' }] }, 'ASSIGNMENT_STEP_ORDER /steps/1'],
    [{ ...base, fallback: { policy: 'assignTo' } }, 'ASSIGNMENT_INVALID /fallback/candidateId'],
    [{ ...base, fallback: { policy: 'panic' } }, 'ASSIGNMENT_INVALID /fallback/policy'],
    [{ ...base, fallback: undefined }, 'ASSIGNMENT_INVALID /fallback'],
    [{ ...base, key: 'Key With Spaces' }, 'ASSIGNMENT_INVALID /key'],
    [
      { ...base, steps: [{ type: 'requireSkills', skillsRule: { var: 'categry' } }] },
      'UNDECLARED_VARIABLE /steps/0/skillsRule/var',
    ],
    [{ ...base, steps: [{ type: 'requireSkills', skillsRule: { '==': [1, 1] } }] }, 'RESULT_TYPE /steps/0/skillsRule'],
  ])('should report the mistake in %j', (strategy, expected) => {
    // given a strategy with one mistake, checked against a scope with "category"
    const scope = { variables: [{ name: 'category', type: 'string' as const }] };

    // when it is checked
    // then exactly that mistake is reported
    expect(codesAt(checkAssignmentStrategy(strategy, scope))).toEqual([expected]);
  });

  it('should not throw on values that are not strategies', () => {
    // given non-objects
    // when they are checked
    // then each yields a problem
    expect([null, 1, [], 'x'].map((v) => codesAt(checkAssignmentStrategy(v)))).toEqual([
      ['ASSIGNMENT_INVALID '],
      ['ASSIGNMENT_INVALID '],
      ['ASSIGNMENT_INVALID '],
      ['ASSIGNMENT_INVALID '],
    ]);
  });
});

import type { PlanExpr } from '../../index';
import { planParameterOptions } from '../../index';
import { MONTHLY, TICKETS } from '../../__tests__/ticket-dataset.fixture';

const col = (alias: string, column: string): PlanExpr => ({ kind: 'column', ref: { alias, column } });

describe('planParameterOptions', () => {
  it('should list the distinct labelled values of a field the caller sees, matching the search', () => {
    // given a parameter picking projects from the project field
    const report = {
      ...MONTHLY,
      parameters: [{ key: 'project', label: 'P', type: 'id' as const, options: { field: 'project' } }],
    };
    // when its options are planned for a caller scoped to team power, searching nothing
    const result = planParameterOptions({
      report,
      dataset: TICKETS,
      parameter: 'project',
      scope: { teams: ['power'] },
      env: { now: new Date(0), rowCap: 200 },
    });
    // then the project ids and names are grouped, ordered by name, within the scope
    expect(result.ok && [result.plan.select, result.plan.where, result.plan.orderBy, result.plan.limit]).toEqual([
      [
        { key: 'value', expr: col('t', 'project_id'), type: 'id' },
        { key: 'label', expr: col('p', 'name'), type: 'text' },
      ],
      [
        { kind: 'compare', op: '=', left: col('t', 'team'), right: { kind: 'value', value: 'power', type: 'text' } },
        { kind: 'isNull', expr: col('t', 'project_id'), negated: true },
      ],
      [{ key: 'label', direction: 'asc' }],
      200,
    ]);
  });

  it('should refuse a parameter without field options', () => {
    // given the statuses parameter, which has no options
    // when its options are planned
    const result = planParameterOptions({
      report: MONTHLY,
      dataset: TICKETS,
      parameter: 'statuses',
      scope: { all: true },
      env: { now: new Date(0), rowCap: 10 },
    });
    // then it is a problem of the parameter
    expect(!result.ok && result.problems.map((p) => [p.code, p.path])).toEqual([
      ['UNKNOWN_PARAMETER', 'params.statuses'],
    ]);
  });
});

import type { Dataset, QueryPlan } from '../../index';
import { pruneJoins } from '../prune-joins';

const ref = (alias: string, column: string) => ({ alias, column });
const join = (alias: string, table: string, on: [string, string, string, string], type: 'left' | 'inner' = 'left') => ({
  table,
  alias,
  type,
  on: [[ref(on[0], on[1]), ref(on[2], on[3])] as const],
});

/** Tickets → unit → building (through the unit), and the project; all many-to-one but the unit's team members. */
const dataset = {
  joins: [
    { alias: 'u', table: 'unit', toOne: true, on: [['t.unit_id', 'u.id']] },
    { alias: 'b', table: 'building', toOne: true, on: [['u.building_id', 'b.id']] },
    { alias: 'p', table: 'project', toOne: true, on: [['t.project_id', 'p.id']] },
    { alias: 'm', table: 'team_member', on: [['t.team', 'm.team_id']] },
  ],
} as unknown as Dataset;

function planReading(select: string[], where: string[] = [], inner = false): QueryPlan {
  return {
    source: { table: 'ticket', alias: 't' },
    joins: [
      join('u', 'unit', ['t', 'unit_id', 'u', 'id']),
      join('b', 'building', ['u', 'building_id', 'b', 'id']),
      join('p', 'project', ['t', 'project_id', 'p', 'id'], inner ? 'inner' : 'left'),
      join('m', 'team_member', ['t', 'team', 'm', 'team_id']),
    ],
    select: select.map((alias) => ({ key: alias, expr: { kind: 'column', ref: ref(alias, 'name') }, type: 'text' })),
    where: where.map((alias) => ({ kind: 'isNull', expr: { kind: 'column', ref: ref(alias, 'name') } })),
    groupBy: [],
    orderBy: [],
  };
}

const aliases = (plan: QueryPlan) => plan.joins.map((j) => j.alias);

describe('pruneJoins', () => {
  it('should drop the many-to-one left joins a plan reads nothing from', () => {
    // given a plan reading only the ticket's own columns, when pruned, then only the one-to-many join stays
    expect(aliases(pruneJoins(planReading(['t']), dataset))).toEqual(['m']);
  });

  it('should keep a join the plan selects from or filters on', () => {
    expect(aliases(pruneJoins(planReading(['p'], []), dataset))).toEqual(['p', 'm']);
    expect(aliases(pruneJoins(planReading(['t'], ['p']), dataset))).toEqual(['p', 'm']);
  });

  it('should keep the join another kept join links through', () => {
    // given a plan reading the building, which is joined through the unit, then both stay
    expect(aliases(pruneJoins(planReading(['b']), dataset))).toEqual(['u', 'b', 'm']);
  });

  it('should never drop an inner join (it removes rows) nor a join not declared toOne (it may add rows)', () => {
    expect(aliases(pruneJoins(planReading(['t'], [], true), dataset))).toEqual(['p', 'm']);
    expect(aliases(pruneJoins(planReading(['t']), { ...dataset, joins: [] }))).toEqual(['u', 'b', 'p', 'm']);
  });
});

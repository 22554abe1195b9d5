import type { Dataset, DatasetMeasure } from '../../index';
import { checkDataset } from '../../index';
import { CATALOG, KNOWN, TICKETS } from '../../__tests__/ticket-dataset.fixture';

const problemsOf = (dataset: unknown): string[][] =>
  checkDataset(dataset, CATALOG, KNOWN).map((p) =>
    p.severity === 'error' ? [p.code, p.path] : [p.code, p.path, p.severity],
  );

const withMeasure = (measure: DatasetMeasure): Dataset => ({
  ...TICKETS,
  rollups: [],
  measures: [...TICKETS.measures, measure],
});
const withField = (changes: Partial<Dataset['fields'][number]>, i = 0): Dataset => ({
  ...TICKETS,
  fields: TICKETS.fields.map((f, j) => (j === i ? { ...f, ...changes } : f)),
});

describe('checkDataset', () => {
  it('should find nothing wrong with the tickets dataset', () => {
    // given the tickets dataset over the catalog of the read model
    // when it is checked
    // then there is no problem
    expect(problemsOf(TICKETS)).toEqual([]);
  });

  it.each<[string, unknown, string[][]]>([
    ['not an object', [], [['INVALID_PROPERTY', '']]],
    ['no scope', { ...TICKETS, scope: undefined }, [['MISSING_PROPERTY', '']]],
    ['a scope without project', { ...TICKETS, scope: { unit: 't.unit_id' } }, [['MISSING_PROPERTY', '/scope']]],
    ['an unknown property', { ...TICKETS, owner: 'me' }, [['UNKNOWN_PROPERTY', '/owner']]],
    ['a bad column reference', withField({ column: 'project_id' }), [['INVALID_PROPERTY', '/fields/0/column']]],
    ['a bad field type', withField({ type: 'money' as never }), [['INVALID_PROPERTY', '/fields/0/type']]],
    ['a field key with a dot', withField({ key: 'unit.type' }), [['INVALID_PROPERTY', '/fields/0/key']]],
  ])('should refuse the shape of a dataset with %s', (_name, dataset, expected) => {
    // given a dataset of the wrong shape
    // when it is checked
    // then the shape problem is named where it is
    expect(problemsOf(dataset)).toEqual(expected);
  });

  it.each<[string, Dataset, string[][]]>([
    [
      'an unknown table',
      { ...TICKETS, source: { table: 'tickets', alias: 't' } },
      [['UNKNOWN_TABLE', '/source/table']],
    ],
    ['an unknown column', withField({ column: 't.project' }), [['UNKNOWN_COLUMN', '/fields/0/column']]],
    ['an unknown alias', withField({ column: 'x.project_id' }), [['UNKNOWN_ALIAS', '/fields/0/column']]],
    ['a column of another type', withField({ type: 'text' }), [['COLUMN_TYPE_MISMATCH', '/fields/0/column']]],
    [
      'a label column that is not text',
      withField({ labelColumn: 'p.id' }),
      [['COLUMN_TYPE_MISMATCH', '/fields/0/labelColumn']],
    ],
    ['an unknown dictionary', withField({ dictionary: 'colours' }), [['UNKNOWN_DICTIONARY', '/fields/0/dictionary']]],
    ['a time field that is text', withField({ role: 'time' }, 9), [['NOT_A_TIME_FIELD', '/fields/9/role']]],
    [
      'a join alias used twice',
      {
        ...TICKETS,
        joins: [...(TICKETS.joins ?? []), { alias: 'u', table: 'building', on: [['t.building_id', 'u.id']] }],
      },
      [['DUPLICATE_ALIAS', '/joins/3/alias']],
    ],
    [
      'a join linked to a later alias',
      {
        ...TICKETS,
        joins: [
          { alias: 'u', table: 'unit', on: [['b.id', 'u.building_id']] },
          { alias: 'b', table: 'building', on: [['t.building_id', 'b.id']] },
          ...(TICKETS.joins ?? []).slice(1),
        ],
      },
      [
        ['UNKNOWN_ALIAS', '/joins/0/on/0/0'],
        ['JOIN_NOT_LINKED', '/joins/0/on/0'],
      ],
    ],
    [
      'a join on columns of different types',
      {
        ...TICKETS,
        joins: [{ alias: 'u', table: 'unit', on: [['t.unit_id', 'u.name']] }, ...(TICKETS.joins ?? []).slice(1)],
      },
      [['COLUMN_TYPE_MISMATCH', '/joins/0/on/0']],
    ],
    ['a field key used by a measure', withField({ key: 'tickets' }, 9), [['DUPLICATE_KEY', '/measures/0/key']]],
    ['an unknown drill key', { ...TICKETS, drillKey: 't.id' }, [['UNKNOWN_COLUMN', '/drillKey']]],
    ['rollups without updatedAt', { ...TICKETS, updatedAt: undefined }, [['MISSING_UPDATED_AT', '']]],
    ['an unknown time zone', { ...TICKETS, timeZone: 'Mars/Olympus' }, [['UNKNOWN_TIME_ZONE', '/timeZone']]],
    ['an unknown calendar', { ...TICKETS, calendar: 'moon' }, [['UNKNOWN_CALENDAR', '/calendar']]],
  ])('should find %s', (_name, dataset, expected) => {
    // given a dataset of the right shape with one mistake
    // when it is checked
    // then exactly that mistake is reported
    expect(problemsOf(dataset)).toEqual(expected);
  });

  it.each<[string, DatasetMeasure, string[][]]>([
    [
      'a sum of text',
      { key: 'x', label: 'X', aggregate: 'sum', field: 'title' },
      [['MEASURE_FIELD_TYPE', '/measures/9/field']],
    ],
    ['an avg without field', { key: 'x', label: 'X', aggregate: 'avg' }, [['MEASURE_NEEDS_FIELD', '/measures/9']]],
    [
      'a sum of an unknown field',
      { key: 'x', label: 'X', aggregate: 'sum', field: 'price' },
      [['UNKNOWN_FIELD', '/measures/9/field']],
    ],
    [
      'a count with a field',
      { key: 'x', label: 'X', aggregate: 'count', field: 'cost' },
      [['INVALID_PROPERTY', '/measures/9/field']],
    ],
    ['a share without filter', { key: 'x', label: 'X', aggregate: 'share' }, [['MEASURE_NEEDS_FILTER', '/measures/9']]],
    [
      'a formula without formula',
      { key: 'x', label: 'X', aggregate: 'formula' },
      [['MEASURE_NEEDS_FORMULA', '/measures/9']],
    ],
    [
      'a duration from a text field',
      { key: 'x', label: 'X', aggregate: 'avg', duration: { from: 'title', to: 'closedAt', unit: 'hours' } },
      [['NOT_A_TIME_FIELD', '/measures/9/duration/from']],
    ],
    [
      'working hours of an unknown calendar',
      {
        key: 'x',
        label: 'X',
        aggregate: 'avg',
        duration: { from: 'createdAt', to: 'closedAt', unit: 'workingHours', calendar: 'moon' },
      },
      [['UNKNOWN_CALENDAR', '/measures/9/duration/calendar']],
    ],
    [
      'a filter on an unknown field',
      { key: 'x', label: 'X', aggregate: 'count', filter: { '==': [{ var: 'colour' }, 'red'] } },
      [['UNKNOWN_FIELD', '/measures/9/filter/==/0/var']],
    ],
    [
      'a filter with a parameter',
      { key: 'x', label: 'X', aggregate: 'count', filter: { '==': [{ var: 'status' }, { param: 's' }] } },
      [['UNKNOWN_PARAMETER', '/measures/9/filter/==/1/param']],
    ],
    [
      'a formula over an unknown measure',
      { key: 'x', label: 'X', aggregate: 'formula', formula: { '-': [{ measure: 'tickets' }, { measure: 'open' }] } },
      [['UNKNOWN_MEASURE', '/measures/9/formula/-/1/measure']],
    ],
    [
      'a formula that is not arithmetic',
      { key: 'x', label: 'X', aggregate: 'formula', formula: { max: [{ measure: 'tickets' }, 1] } },
      [['INVALID_FORMULA', '/measures/9/formula/max']],
    ],
    [
      'a formula over itself',
      { key: 'x', label: 'X', aggregate: 'formula', formula: { '*': [{ measure: 'x' }, 2] } },
      [['FORMULA_CYCLE', '/measures/9/formula']],
    ],
  ])('should find %s', (_name, measure, expected) => {
    // given the tickets dataset with one more measure (and no rollups)
    // when it is checked
    // then the measure's mistake is reported
    expect(problemsOf(withMeasure(measure))).toEqual(expected);
  });

  it.each<[string, Partial<NonNullable<Dataset['rollups']>[number]>, string[][]]>([
    ['a distinct count', { measures: ['teams'] }, [['NOT_COMPOSABLE', '/rollups/0/measures/0']]],
    ['a median', { measures: ['tickets', 'medianCost'] }, [['NOT_COMPOSABLE', '/rollups/0/measures/1']]],
    ['an attribute as dimension', { dimensions: ['cost'] }, [['NOT_A_DIMENSION', '/rollups/0/dimensions/0']]],
    ['a text time field', { timeField: 'status' }, [['NOT_A_TIME_FIELD', '/rollups/0/timeField']]],
    ['an unknown measure', { measures: ['open'] }, [['UNKNOWN_MEASURE', '/rollups/0/measures/0']]],
  ])('should refuse a rollup with %s', (_name, changes, expected) => {
    // given a rollup of the tickets dataset with one mistake
    const dataset = { ...TICKETS, rollups: [{ ...(TICKETS.rollups ?? [])[0]!, ...changes }] };
    // when the dataset is checked
    // then the rollup's mistake is reported
    expect(problemsOf(dataset)).toEqual(expected);
  });

  it('should refuse a formula rollup measure over a distinct count', () => {
    // given a formula over a distinct count, kept in a rollup
    const dataset = withMeasure({
      key: 'perTeam',
      label: 'X',
      aggregate: 'formula',
      formula: { '/': [{ measure: 'tickets' }, { measure: 'teams' }] },
    });
    const rolled = {
      ...dataset,
      rollups: [{ key: 'daily', dimensions: [], timeField: 'createdAt', measures: ['perTeam'] }],
    };
    // when it is checked
    // then it cannot be recombined
    expect(problemsOf(rolled)).toEqual([['NOT_COMPOSABLE', '/rollups/0/measures/0']]);
  });

  it('should refuse a rollup measure whose filter uses relative dates', () => {
    // given a count of tickets created this week, kept in a rollup
    const dataset = withMeasure({
      key: 'thisWeek',
      label: 'X',
      aggregate: 'count',
      filter: { inThis: [{ var: 'createdAt' }, 'week'] },
    });
    const rolled = {
      ...dataset,
      rollups: [{ key: 'daily', dimensions: [], timeField: 'createdAt', measures: ['thisWeek'] }],
    };
    // when it is checked
    // then its rows change with the clock: it cannot be stored
    expect(problemsOf(rolled)).toEqual([['NOT_COMPOSABLE', '/rollups/0/measures/0']]);
  });

  it('should refuse a hierarchy level that only filters', () => {
    // given a hierarchy whose last level is an attribute
    const dataset = { ...TICKETS, hierarchies: [{ key: 'place', label: 'P', levels: ['project', 'title'] }] };
    // when it is checked
    // then the level is not a dimension
    expect(problemsOf(dataset)).toEqual([['NOT_A_DIMENSION', '/hierarchies/0/levels/1']]);
  });
});

import type { ReportDefinition } from '../../index';
import { checkReport } from '../../index';
import { MONTHLY, TICKETS } from '../../__tests__/ticket-dataset.fixture';

const problemsOf = (report: unknown): string[][] =>
  checkReport(report, TICKETS).map((p) => (p.severity === 'error' ? [p.code, p.path] : [p.code, p.path, p.severity]));
const SCHEDULE = { cron: '0 8 * * MON', recipients: { roles: ['manager'] }, channels: ['inApp' as const] };

describe('checkReport', () => {
  it('should find nothing wrong with the monthly report, scheduled every Monday at 8', () => {
    // given the monthly tickets report with a weekly schedule
    // when checked against the tickets dataset
    // then there is no problem
    expect(problemsOf({ ...MONTHLY, schedule: SCHEDULE })).toEqual([]);
  });

  it.each<[string, unknown, string[][]]>([
    ['no measures', { ...MONTHLY, measures: [] }, [['INVALID_PROPERTY', '/measures']]],
    ['a limit over 10000', { ...MONTHLY, limit: 10_001 }, [['INVALID_PROPERTY', '/limit']]],
    ['an unknown chart', { ...MONTHLY, chart: { type: 'sunburst' } }, [['INVALID_PROPERTY', '/chart/type']]],
    [
      'a bucket of hours',
      { ...MONTHLY, dimensions: [{ field: 'createdAt', bucket: 'hour' }] },
      [['INVALID_PROPERTY', '/dimensions/0/bucket']],
    ],
    [
      'an email channel',
      { ...MONTHLY, schedule: { ...SCHEDULE, channels: ['email'] } },
      [['INVALID_PROPERTY', '/schedule/channels/0']],
    ],
  ])('should refuse the shape of a report with %s', (_name, report, expected) => {
    // given a report of the wrong shape
    // when checked
    // then the shape problem is named
    expect(problemsOf(report)).toEqual(expected);
  });

  it.each<[string, Partial<ReportDefinition>, string[][]]>([
    ['another dataset', { dataset: 'visits' }, [['DATASET_MISMATCH', '/dataset']]],
    [
      'an unknown dimension',
      { dimensions: [{ field: 'colour' }], sort: undefined },
      [['UNKNOWN_FIELD', '/dimensions/0/field']],
    ],
    [
      'a dimension that only filters',
      { dimensions: [{ field: 'cost' }], sort: undefined },
      [['NOT_A_DIMENSION', '/dimensions/0/field']],
    ],
    [
      'a time field without bucket',
      { dimensions: [{ field: 'createdAt' }], sort: undefined },
      [['BUCKET_REQUIRED', '/dimensions/0']],
    ],
    [
      'a bucket on a category',
      { dimensions: [{ field: 'category', bucket: 'day' }], sort: undefined },
      [['BUCKET_NOT_ALLOWED', '/dimensions/0/bucket']],
    ],
    ['an unknown measure', { measures: ['tickets', 'profit'] }, [['UNKNOWN_MEASURE', '/measures/1']]],
    [
      'a measure twice',
      { measures: ['tickets', { measure: 'tickets', label: 'again' }] },
      [['DUPLICATE_KEY', '/measures/1']],
    ],
    [
      'a dimension key of a measure',
      { dimensions: [{ field: 'category', key: 'tickets' }], sort: undefined },
      [['DUPLICATE_KEY', '/measures/0']],
    ],
    ['an unknown sort key', { sort: [{ by: 'cost' }] }, [['UNKNOWN_SORT_KEY', '/sort/0/by']]],
    ['a pivot without columns', { chart: { type: 'pivot' } }, [['PIVOT_NEEDS_COLUMNS', '/chart/type']]],
    ['an unknown hierarchy', { drill: 'region' }, [['UNKNOWN_HIERARCHY', '/drill']]],
    ['a drill through a time field', { drill: ['project', 'createdAt'] }, [['NOT_A_DIMENSION', '/drill/1']]],
    ['a filter on an undeclared parameter', { parameters: [] }, [['UNKNOWN_PARAMETER', '/filter/and/1/in/1/param']]],
    [
      'a default of the wrong type',
      { parameters: [{ key: 'statuses', label: 'S', type: 'textList', default: 'open' }] },
      [['INVALID_PARAMETER', '/parameters/0/default']],
    ],
    [
      'parameters with one key',
      {
        parameters: [
          { key: 'statuses', label: 'S', type: 'textList' },
          { key: 'statuses', label: 'S', type: 'text' },
        ],
      },
      [['DUPLICATE_KEY', '/parameters/1/key']],
    ],
    [
      'options of an unknown field',
      { parameters: [{ key: 'statuses', label: 'S', type: 'textList', options: { field: 'state' } }] },
      [['UNKNOWN_FIELD', '/parameters/0/options/field']],
    ],
    ['a six-field cron', { schedule: { ...SCHEDULE, cron: '0 0 8 * * MON' } }, [['INVALID_CRON', '/schedule/cron']]],
    ['a cron at hour 24', { schedule: { ...SCHEDULE, cron: '0 24 * * *' } }, [['INVALID_CRON', '/schedule/cron']]],
    [
      'a schedule for nobody',
      { schedule: { ...SCHEDULE, recipients: { roles: [], users: [] } } },
      [['NO_RECIPIENTS', '/schedule/recipients']],
    ],
    [
      'a schedule setting an unknown parameter',
      { schedule: { ...SCHEDULE, params: { state: 'open' } } },
      [['UNKNOWN_PARAMETER', '/schedule/params/state']],
    ],
    [
      'a schedule in an unknown zone',
      { schedule: { ...SCHEDULE, timeZone: 'Asia/Beijing' } },
      [['UNKNOWN_TIME_ZONE', '/schedule/timeZone']],
    ],
  ])('should find %s', (_name, changes, expected) => {
    // given the monthly report with one mistake
    // when checked
    // then exactly that mistake is reported
    expect(problemsOf({ ...MONTHLY, ...changes })).toEqual(expected);
  });

  it('should check pick-list dictionaries when the known ones are given', () => {
    // given a parameter picking from an unknown dictionary
    const report = {
      ...MONTHLY,
      parameters: [{ key: 'statuses', label: 'S', type: 'textList', options: { dictionary: 'colours' } }],
    };
    // when checked with and without the known dictionaries
    const found = checkReport(report, TICKETS, { dictionaries: ['ticket-status'] }).map((p) => [p.code, p.path]);
    // then only the check that knows them reports it
    expect(found).toEqual([['UNKNOWN_DICTIONARY', '/parameters/0/options/dictionary']]);
    expect(checkReport(report, TICKETS)).toEqual([]);
  });

  it.each(['*/15 9-18 * * 1-5', '0 8 1,15 JAN-JUN *', '30 7 * * 0', '0 0 L * *'.replace('L', '28')])(
    'should accept the cron "%s"',
    (cron) => {
      // given a schedule with a valid five-field cron
      // when the report is checked
      // then there is no problem
      expect(problemsOf({ ...MONTHLY, schedule: { ...SCHEDULE, cron } })).toEqual([]);
    },
  );
});

import type { ReportDefinition } from '../../index';
import { drillDownReport, planReport } from '../../index';
import { TICKETS } from '../../__tests__/ticket-dataset.fixture';

const PROJECT = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const PER_PROJECT: ReportDefinition = {
  key: 'per-project',
  name: 'P',
  dataset: 'tickets',
  dimensions: [{ field: 'project' }, { field: 'createdAt', bucket: 'month', key: 'month' }],
  measures: ['tickets'],
  filter: { '!=': [{ var: 'status' }, 'cancelled'] },
  sort: [{ by: 'project' }, { by: 'tickets', direction: 'desc' }],
  chart: { type: 'bar' },
  drill: 'place',
};

describe('drillDownReport', () => {
  it('should replace the project by the next level of the hierarchy and keep the clicked project only', () => {
    //   project ──click A──▶ unitType (within A), months kept
    // given tickets per project and month, drillable along place (project → unitType)
    // when the bar of project A in January is clicked
    const result = drillDownReport(PER_PROJECT, TICKETS, { project: PROJECT, month: '2026-01-01', tickets: 9 });
    // then the report groups by unit type within project A
    expect(result).toEqual({
      ok: true,
      level: 'unitType',
      report: {
        ...PER_PROJECT,
        dimensions: [{ field: 'unitType' }, { field: 'createdAt', bucket: 'month', key: 'month' }],
        filter: { and: [{ '!=': [{ var: 'status' }, 'cancelled'] }, { '==': [{ var: 'project' }, PROJECT] }] },
        sort: [{ by: 'tickets', direction: 'desc' }],
      },
    });
    // and it plans as any report
    expect(
      result.ok && planReport(result.report, TICKETS, {}, { all: true }, { now: new Date(0), rowCap: 10 }).ok,
    ).toBe(true);
  });

  it.each<[string, ReportDefinition, Record<string, string | null>, string[][]]>([
    [
      'the bottom level',
      { ...PER_PROJECT, dimensions: [{ field: 'unitType' }], sort: undefined },
      { unitType: 'A' },
      [['NOT_DRILLABLE', '/drill']],
    ],
    ['no drill path', { ...PER_PROJECT, drill: undefined }, { project: PROJECT }, [['NOT_DRILLABLE', '/drill']]],
    ['a project that is not a uuid', PER_PROJECT, { project: 'A' }, [['INVALID_CELL', 'cell.project']]],
    ['no project in the cell', PER_PROJECT, { month: '2026-01-01' }, [['INVALID_CELL', 'cell.project']]],
  ])('should refuse to drill at %s', (_name, report, cell, expected) => {
    // given a report and a clicked cell that cannot go one level down
    // when drilled
    const result = drillDownReport(report, TICKETS, cell);
    // then the reason is a problem
    expect(!result.ok && result.problems.map((p) => [p.code, p.path])).toEqual(expected);
  });

  it('should filter on null when the clicked project is empty', () => {
    // given a bar of tickets without project
    // when drilled
    const result = drillDownReport({ ...PER_PROJECT, filter: undefined }, TICKETS, { project: null });
    // then the filter asks for no project
    expect(result.ok && result.report.filter).toEqual({ isNull: { var: 'project' } });
  });
});

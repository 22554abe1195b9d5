import * as engine from '../index';

describe('@anxin/report-engine public API', () => {
  it('should expose exactly the checks, planners, shaping and constants from index.ts', () => {
    // given the library's single public entry point
    // when its runtime exports are listed
    const exported = Object.keys(engine).sort();
    // then exactly the documented API is public
    expect(exported).toEqual([
      'CHART_TYPES',
      'DEFAULT_REPORT_TIME_ZONE',
      'DRILL_KEY',
      'EngineInvariantError',
      'GRID_COLUMNS',
      'REPORT_PROBLEM_CODES',
      'ROLLUP_TABLE',
      'TIME_BUCKETS',
      'checkDashboard',
      'checkDataset',
      'checkReport',
      'drillDownReport',
      'hasReportErrors',
      'localize',
      'planChangedDays',
      'planDrillDown',
      'planParameterOptions',
      'planReport',
      'planRollupBuild',
      'rollupLayout',
      'shapeResult',
    ]);
  });
});

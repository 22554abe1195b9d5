import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/roles.decorator';
import { JsonScalar } from '../../common/graphql/json.scalar';
import { DashboardObject } from './dtos/dashboard.object';
import { ExportedFileObject, ExportFormat } from './dtos/exported-file.object';
import { ParameterOptionObject } from './dtos/parameter-option.object';
import { ReportResultObject } from './dtos/report-result.object';
import { DashboardSummaryObject, ReportSummaryObject } from './dtos/report-summary.object';
import { DashboardsService } from './dashboards.service';
import { PageInput } from '../../common/graphql/page.input';
import { TicketPageObject } from '../workflow/tickets/ticket.object';
import { ReportDrill } from './report-drill.service';
import { ReportParameterOptions } from './report-parameter-options.service';
import { ReportPreview } from './report-preview.service';
import { REPORT_ROLES } from './report-scope.util';
import { ReportsService } from './reports.service';

const keyArg = { name: 'key', type: () => String } as const;
const paramArg = { name: 'param', type: () => String, description: 'The parameter’s key.' } as const;
const searchArg = {
  name: 'search',
  type: () => String,
  nullable: true,
  description: 'Only values containing this text (text fields).',
} as const;
const paramsArg = {
  name: 'params',
  type: () => JsonScalar,
  nullable: true,
  description: 'Parameter values by key.',
} as const;

/** Reports and dashboards: staff only (engineers see their teams' and own rows); owners are FORBIDDEN. */
@Roles(...REPORT_ROLES)
@Resolver()
export class ReportsResolver {
  constructor(
    private readonly reportService: ReportsService,
    private readonly dashboardService: DashboardsService,
    private readonly drill: ReportDrill,
    private readonly previews: ReportPreview,
    private readonly parameterOptions: ReportParameterOptions,
  ) {}

  @Query(() => [ReportSummaryObject], { description: 'The deployed reports (latest versions).' })
  reports(): Promise<ReportSummaryObject[]> {
    return this.reportService.list();
  }

  @Query(() => ReportResultObject, {
    description: 'Runs a report over the caller’s data scope. Bad params: VALIDATION_FAILED; too slow: TIMEOUT.',
  })
  runReport(@Args(keyArg) key: string, @Args(paramsArg) params?: unknown): Promise<ReportResultObject> {
    return this.reportService.run(key, params);
  }

  @Roles('admin', 'designer')
  @Query(() => ReportResultObject, {
    description:
      'Runs a report definition that is not deployed (the builder’s preview), as runReport runs one: the caller’s scope, timeout and row cap. Invalid: DEFINITION_INVALID with the problems. Admins and designers.',
  })
  previewReport(
    @Args('content', { type: () => JsonScalar, description: 'The report definition (kind REPORT).' }) content: unknown,
    @Args(paramsArg) params?: unknown,
  ): Promise<ReportResultObject> {
    return this.previews.preview(content, params);
  }

  @Mutation(() => ExportedFileObject, {
    description: 'Writes a report run to an XLSX or CSV file; download it with GET /files/:fileId.',
  })
  exportReport(
    @Args(keyArg) key: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args(paramsArg) params?: unknown,
  ): Promise<ExportedFileObject> {
    return this.reportService.export(key, params, format);
  }

  @Query(() => TicketPageObject, {
    description: 'The tickets behind a clicked cell (its dimension values by key), in the caller’s scope.',
  })
  drillDown(
    @Args(keyArg) key: string,
    @Args('cell', { type: () => JsonScalar, description: 'Dimension keys of the clicked row/column and their values.' })
    cell: unknown,
    @Args(paramsArg) params?: unknown,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<TicketPageObject> {
    return this.drill.drillDown(key, cell, params, page);
  }

  @Query(() => [DashboardSummaryObject], { description: 'The deployed dashboards (latest versions).' })
  dashboards(): Promise<DashboardSummaryObject[]> {
    return this.dashboardService.list();
  }

  @Query(() => DashboardObject, { description: 'Runs every widget of a dashboard; a failing widget carries its error.' })
  dashboard(@Args(keyArg) key: string, @Args(paramsArg) params?: unknown): Promise<DashboardObject> {
    return this.dashboardService.run(key, params);
  }

  @Query(() => [ParameterOptionObject], {
    description:
      'The pick list of a report parameter with options: a dictionary’s items, or a dataset field’s values among the rows the caller sees (at most the row cap). Undeclared parameter: VALIDATION_FAILED.',
  })
  reportParameterOptions(
    @Args(keyArg) key: string,
    @Args(paramArg) param: string,
    @Args(searchArg) search?: string,
  ): Promise<ParameterOptionObject[]> {
    return this.parameterOptions.ofReport(key, param, search ?? undefined);
  }

  @Query(() => [ParameterOptionObject], {
    description: 'The pick list of a dashboard parameter, as reportParameterOptions (through a widget’s report).',
  })
  dashboardParameterOptions(
    @Args(keyArg) key: string,
    @Args(paramArg) param: string,
    @Args(searchArg) search?: string,
  ): Promise<ParameterOptionObject[]> {
    return this.parameterOptions.ofDashboard(key, param, search ?? undefined);
  }
}

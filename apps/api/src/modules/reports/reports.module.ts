import { Module } from '@nestjs/common';
import { EngineRuntimeModule } from '../../engine-runtime/engine-runtime.module';
import { FilesModule } from '../files/files.module';
import { WorkflowModule } from '../workflow/workflow.module';
import { DashboardsService } from './dashboards.service';
import { ReportCalendars } from './report-calendars.service';
import { ReportCatalogService } from './report-catalog.service';
import { ReportDatabase } from './report-database.service';
import { ReportDefinitions } from './report-definitions.service';
import { ReportDrill } from './report-drill.service';
import { ReportExecution } from './report-execution.service';
import { ReportRunner } from './report-runner.service';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

/** Reports and dashboards over GraphQL: definitions → plans (report engine) → SQL in the caller's scope → results. */
@Module({
  imports: [EngineRuntimeModule, WorkflowModule, FilesModule],
  providers: [
    ReportCatalogService,
    ReportCalendars,
    ReportDatabase,
    ReportRunner,
    ReportDefinitions,
    ReportExecution,
    ReportsService,
    DashboardsService,
    ReportDrill,
    ReportsResolver,
  ],
  exports: [ReportCatalogService],
})
export class ReportsModule {}

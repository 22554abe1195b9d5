import { Module } from '@nestjs/common';
import { EngineRuntimeModule } from '../../engine-runtime/engine-runtime.module';
import { AuthModule } from '../auth/auth.module';
import { FilesModule } from '../files/files.module';
import { WorkflowModule } from '../workflow/workflow.module';
import { DashboardsService } from './dashboards.service';
import { ReportCalendars } from './report-calendars.service';
import { ReportCatalogService } from './report-catalog.service';
import { ReportDatabase } from './report-database.service';
import { ReportDefinitions } from './report-definitions.service';
import { ReportDrill } from './report-drill.service';
import { ReportExecution } from './report-execution.service';
import { ReportParameterOptions } from './report-parameter-options.service';
import { ReportPreview } from './report-preview.service';
import { ReportRunner } from './report-runner.service';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { ReportWriteDatabase } from './rollups/report-write-database.service';
import { RollupMaintenance } from './rollups/rollup-maintenance.service';
import { RollupMaintenanceWorker } from './rollups/rollup-maintenance.worker';
import { ReportPush } from './schedules/report-push.service';
import { ReportSchedules } from './schedules/report-schedules.service';
import { ReportSchedulesWorker } from './schedules/report-schedules.worker';

/**
 * Reports and dashboards over GraphQL: definitions → plans (report engine) → SQL in the caller's scope → results;
 * and the worker's jobs of reports (`@ContributedJob`): rollup maintenance and scheduled push.
 */
@Module({
  imports: [EngineRuntimeModule, WorkflowModule, FilesModule, AuthModule],
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
    ReportPreview,
    ReportParameterOptions,
    ReportsResolver,
    ReportWriteDatabase,
    RollupMaintenance,
    RollupMaintenanceWorker,
    ReportPush,
    ReportSchedules,
    ReportSchedulesWorker,
  ],
  exports: [ReportCatalogService, RollupMaintenance, ReportSchedules],
})
export class ReportsModule {}

import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { CommonModule } from '../common/common.module';
import { ActorContext } from '../common/context/actor-context.service';
import { graphqlOptions } from '../common/graphql/graphql-options';
import type { AppConfig } from '../config/app-config';
import { AppConfigModule } from '../config/app-config.module';
import { DatabaseModule } from '../database/database.module';
import { EngineWorkerModule } from '../engine-worker/engine-worker.module';
import { workerOptionsFrom } from '../engine-worker/worker-options';
import { AuditModule } from '../modules/audit/audit.module';
import { AuthModule } from '../modules/auth/auth.module';
import { DefinitionsModule } from '../modules/definitions/definitions.module';
import { DispatchModule } from '../modules/dispatch/dispatch.module';
import { FilesModule } from '../modules/files/files.module';
import { HealthGraphqlModule } from '../modules/health/health-graphql.module';
import { HealthModule } from '../modules/health/health.module';
import { IncidentsModule } from '../modules/incidents/incidents.module';
import { LiveConnectionAuth } from '../modules/live/live-connection-auth.service';
import { LiveGraphqlModule } from '../modules/live/live-graphql.module';
import { LiveModule } from '../modules/live/live.module';
import { MetricsModule } from '../modules/metrics/metrics.module';
import { InAppNotificationChannel } from '../modules/notifications/in-app-notification-channel.adapter';
import { ReportWebhookChannel } from '../modules/reports/schedules/report-webhook-channel.adapter';
import { NotificationsModule } from '../modules/notifications/notifications.module';
import { OrgModule } from '../modules/org/org.module';
import { ReportsModule } from '../modules/reports/reports.module';
import { SeedModule } from '../modules/seed/seed.module';
import { WorkflowModule } from '../modules/workflow/workflow.module';
import { loggerOptions } from './logger-options';

/**
 * Modules every role runs (probes, metrics, database, live events, the engine and its incidents) plus the GraphQL API
 * where the role serves it; the job runner starts where the role runs jobs (`worker`, `all`). Only processes serving
 * the API listen for live events (they hold the subscriptions); every role publishes.
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const servesApi = config.role === 'api' || config.role === 'all';
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        DatabaseModule.forRoot(databaseUrl),
        LiveModule.forRoot({ databaseUrl, listen: servesApi }),
        EngineWorkerModule.forRoot(workerOptionsFrom(config, databaseUrl), [
          InAppNotificationChannel,
          ReportWebhookChannel,
        ]),
        DispatchModule,
        HealthModule,
        MetricsModule,
        ...(servesApi ? AppModule.apiModules(config) : AppModule.workerModules()),
      ],
    };
  }

  /**
   * What a worker-only process needs beyond the engine: the modules that contribute jobs (`@ContributedJob`), with
   * what every module stands on. Their resolvers are inert without GraphQL.
   */
  private static workerModules(): DynamicModule['imports'] & unknown[] {
    return [CommonModule, ReportsModule];
  }

  /** GraphQL (hardened, with subscriptions), guards, errors, audit, org, definitions, files, the work, reports, the demo seed. */
  private static apiModules(config: AppConfig): DynamicModule['imports'] & unknown[] {
    return [
      GraphQLModule.forRootAsync<ApolloDriverConfig>({
        driver: ApolloDriver,
        imports: [LiveGraphqlModule],
        inject: [LiveConnectionAuth, ActorContext],
        useFactory: (authenticator: LiveConnectionAuth, actors: ActorContext) =>
          graphqlOptions(config, { authenticator, actors }),
      }),
      CommonModule,
      AuthModule,
      OrgModule,
      DefinitionsModule,
      AuditModule,
      FilesModule,
      SeedModule,
      HealthGraphqlModule,
      WorkflowModule,
      NotificationsModule,
      IncidentsModule,
      ReportsModule,
    ];
  }
}

import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { CommonModule } from '../common/common.module';
import { graphqlOptions } from '../common/graphql/graphql-options';
import type { AppConfig } from '../config/app-config';
import { AppConfigModule } from '../config/app-config.module';
import { DatabaseModule } from '../database/database.module';
import { EngineWorkerModule } from '../engine-worker/engine-worker.module';
import { workerOptionsFrom } from '../engine-worker/worker-options';
import { AuditModule } from '../modules/audit/audit.module';
import { AuthModule } from '../modules/auth/auth.module';
import { FilesModule } from '../modules/files/files.module';
import { HealthGraphqlModule } from '../modules/health/health-graphql.module';
import { HealthModule } from '../modules/health/health.module';
import { MetricsModule } from '../modules/metrics/metrics.module';
import { OrgModule } from '../modules/org/org.module';
import { SeedModule } from '../modules/seed/seed.module';
import { loggerOptions } from './logger-options';

/**
 * Modules every role runs (probes, metrics, database, the engine and its incidents) plus the GraphQL API where the
 * role serves it; the job runner starts where the role runs jobs (`worker`, `all`).
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
        EngineWorkerModule.forRoot(workerOptionsFrom(config, databaseUrl)),
        HealthModule,
        MetricsModule,
        ...(servesApi ? AppModule.apiModules(config) : []),
      ],
    };
  }

  /** GraphQL (hardened), the guards, error mapping, audit, the org model, file uploads and the demo seed. */
  private static apiModules(config: AppConfig): DynamicModule['imports'] & unknown[] {
    return [
      GraphQLModule.forRoot<ApolloDriverConfig>(graphqlOptions(config)),
      CommonModule,
      AuthModule,
      OrgModule,
      AuditModule,
      FilesModule,
      SeedModule,
      HealthGraphqlModule,
    ];
  }
}

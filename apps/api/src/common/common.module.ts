import { Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ActorContext } from './context/actor-context.service';
import { SystemDatabase } from './database/system-database.service';
import { TenantDatabase } from './database/tenant-database.service';
import { AppExceptionFilter } from './errors/app-exception.filter';
import { DataScope } from './scope/data-scope.service';

/** What every API module stands on: the actor, tenant and system transactions, data scope, error mapping. */
@Global()
@Module({
  providers: [
    ActorContext,
    TenantDatabase,
    SystemDatabase,
    DataScope,
    { provide: APP_FILTER, useClass: AppExceptionFilter },
  ],
  exports: [ActorContext, TenantDatabase, SystemDatabase, DataScope],
})
export class CommonModule {}

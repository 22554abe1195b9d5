import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditInterceptor } from './audit.interceptor';
import { AuditResolver } from './audit.resolver';
import { AuditTrail } from './audit-trail.service';

/** The audit log: a row per mutation (global interceptor) and the admins' `auditLog` query. */
@Module({
  providers: [AuditTrail, AuditResolver, { provide: APP_INTERCEPTOR, useClass: AuditInterceptor }],
  exports: [AuditTrail],
})
export class AuditModule {}

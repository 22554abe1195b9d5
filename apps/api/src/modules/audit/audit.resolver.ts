import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/roles.decorator';
import { PageInput } from '../../common/graphql/page.input';
import { AuditTrail } from './audit-trail.service';
import { AuditLogFilterInput, AuditLogPageObject } from './dtos/audit-entry.object';

@Resolver()
export class AuditResolver {
  constructor(private readonly trail: AuditTrail) {}

  @Roles('admin')
  @Query(() => AuditLogPageObject, { description: "The tenant's audit log, newest first; admins only." })
  auditLog(
    @Args('filter', { type: () => AuditLogFilterInput, nullable: true }) filter?: AuditLogFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<AuditLogPageObject> {
    return this.trail.list(filter, page);
  }
}

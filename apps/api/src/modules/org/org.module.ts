import { Module } from '@nestjs/common';
import { OrgDirectory } from './org-directory.service';
import { OrgResolver } from './org.resolver';

/** The org model's reads: pickers now, assignment and scope checks of later services. */
@Module({ providers: [OrgDirectory, OrgResolver], exports: [OrgDirectory] })
export class OrgModule {}

import { Module } from '@nestjs/common';
import { OrgDirectory } from './org-directory.service';
import { OrgPlaces } from './org-places.service';
import { OrgPlacesResolver } from './org-places.resolver';
import { OrgResolver } from './org.resolver';

/** The org model's reads: pickers now, assignment and scope checks of later services. */
@Module({ providers: [OrgDirectory, OrgResolver, OrgPlaces, OrgPlacesResolver], exports: [OrgDirectory] })
export class OrgModule {}

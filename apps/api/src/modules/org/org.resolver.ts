import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { StaffOnly } from '../../common/auth/roles.decorator';
import { PageInput } from '../../common/graphql/page.input';
import { ProjectObject } from './dtos/project.object';
import { TeamObject } from './dtos/team.object';
import { UserFilterInput } from './dtos/user-filter.input';
import { UserPageObject } from './dtos/user.object';
import { OrgDirectory } from './org-directory.service';

/** Pickers: the projects, teams and users the caller may choose from (within his scope). */
@Resolver()
export class OrgResolver {
  constructor(private readonly directory: OrgDirectory) {}

  @Query(() => [ProjectObject], { description: "Projects in the caller's scope (an owner: those of his units)." })
  projects(): Promise<ProjectObject[]> {
    return this.directory.projects();
  }

  @StaffOnly()
  @Query(() => [TeamObject], { description: "Teams of the caller's projects and tenant-wide teams; staff only." })
  teams(@Args('projectId', { type: () => ID, nullable: true }) projectId?: string): Promise<TeamObject[]> {
    return this.directory.teams(projectId);
  }

  @StaffOnly()
  @Query(() => UserPageObject, { description: 'Users sharing a project with the caller (admins: all); staff only.' })
  users(
    @Args('filter', { type: () => UserFilterInput, nullable: true }) filter?: UserFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<UserPageObject> {
    return this.directory.users(filter, page);
  }
}

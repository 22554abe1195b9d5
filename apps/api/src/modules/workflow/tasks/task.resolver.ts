import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { PageInput } from '../../../common/graphql/page.input';
import { TaskDetailObject, TaskFilterInput, TaskPageObject } from './task.object';
import { TaskQueries } from './task-queries.service';

@Resolver()
export class TaskResolver {
  constructor(private readonly queries: TaskQueries) {}

  @Query(() => TaskPageObject, { description: 'Tasks in the caller’s scope, newest first; `mine` for the inbox.' })
  tasks(
    @Args('filter', { type: () => TaskFilterInput, nullable: true }) filter?: TaskFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<TaskPageObject> {
    return this.queries.list(filter, page);
  }

  @Query(() => TaskDetailObject, { description: 'One task with its form (after field permissions) and values.' })
  task(@Args('id', { type: () => ID }) id: string): Promise<TaskDetailObject> {
    return this.queries.detail(id);
  }
}

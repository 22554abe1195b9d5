import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffOnly } from '../../../common/auth/roles.decorator';
import { JsonScalar } from '../../../common/graphql/json.scalar';
import { TaskObject } from '../tasks/task.object';
import { HistoryEntryObject, ProcessDiagramObject, ProcessInstanceObject } from './process-instance.object';
import { ProcessReads } from './process-reads.service';
import { ProcessService } from './process.service';
import { StartProcessInput } from './start-process.input';

const instanceId = () => Args('processInstanceId', { type: () => ID });

@Resolver(() => ProcessInstanceObject)
export class ProcessResolver {
  constructor(
    private readonly processes: ProcessService,
    private readonly reads: ProcessReads,
  ) {}

  @StaffOnly()
  @Mutation(() => ProcessInstanceObject, { description: 'Start an instance of the latest version of a process.' })
  startProcess(
    @Args('input', { type: () => StartProcessInput }) input: StartProcessInput,
  ): Promise<ProcessInstanceObject> {
    return this.processes.start(input);
  }

  @Query(() => ProcessInstanceObject, { description: 'One instance in the caller’s scope.' })
  processInstance(@Args('id', { type: () => ID }) id: string): Promise<ProcessInstanceObject> {
    return this.processes.instance(id);
  }

  @Query(() => ProcessDiagramObject, { description: 'The instance’s BPMN with completed and active elements.' })
  processDiagram(@Args('id', { type: () => ID }) id: string): Promise<ProcessDiagramObject> {
    return this.processes.diagram(id);
  }

  @Mutation(() => ProcessInstanceObject, { description: '撤销: the initiator cancels his running instance.' })
  revokeProcess(
    @instanceId() id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
    @Args('requestId', { type: () => String, nullable: true }) requestId?: string,
  ): Promise<ProcessInstanceObject> {
    return this.processes.revoke(id, reason, requestId);
  }

  @StaffOnly()
  @Mutation(() => ProcessInstanceObject, { description: 'Deliver a BPMN message to an instance waiting for it.' })
  sendMessage(
    @instanceId() id: string,
    @Args('name', { type: () => String }) name: string,
    @Args('data', { type: () => JsonScalar, nullable: true }) data?: unknown,
    @Args('requestId', { type: () => String, nullable: true }) requestId?: string,
  ): Promise<ProcessInstanceObject> {
    return this.processes.sendMessage(id, name, data, requestId);
  }

  @ResolveField(() => [HistoryEntryObject])
  history(@Parent() instance: ProcessInstanceObject): Promise<HistoryEntryObject[]> {
    return this.reads.history(instance.id);
  }

  @ResolveField(() => [TaskObject])
  tasks(@Parent() instance: ProcessInstanceObject): Promise<TaskObject[]> {
    return this.reads.tasks(instance.id);
  }
}

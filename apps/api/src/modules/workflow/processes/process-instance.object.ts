import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JsonScalar } from '../../../common/graphql/json.scalar';
import { UserRefObject } from '../../org/dtos/user.object';

@ObjectType('HistoryEntry', { description: 'One entry of an instance’s audit trail.' })
export class HistoryEntryObject {
  @Field(() => String, { description: 'instanceStarted, taskCompleted, approved, returned, transferred, cc, urged…' })
  type!: string;

  @Field(() => String, { nullable: true })
  elementId!: string | null;

  @Field(() => ID, { nullable: true })
  taskId!: string | null;

  @Field(() => UserRefObject)
  actor!: UserRefObject;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => JsonScalar, { nullable: true })
  data!: unknown;
}

@ObjectType('ProcessInstance')
export class ProcessInstanceObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'running, completed, terminated or failed.' })
  status!: string;

  @Field(() => String)
  processKey!: string;

  @Field(() => Int)
  processVersion!: number;

  @Field(() => String, { nullable: true })
  businessKey!: string | null;

  @Field(() => JsonScalar)
  variables!: unknown;

  @Field(() => [String], { description: 'Elements tokens are on now.' })
  activeElementIds!: string[];

  @Field(() => UserRefObject)
  initiator!: UserRefObject;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true })
  endReason!: string | null;

  @Field(() => String, { nullable: true, description: 'Set when the process declares a ticket.' })
  ticketNumber!: string | null;
}

@ObjectType('ProcessDiagram', { description: 'The BPMN of an instance’s version, with what to highlight.' })
export class ProcessDiagramObject {
  @Field(() => ID)
  processInstanceId!: string;

  @Field(() => String)
  xml!: string;

  @Field(() => [String], { description: 'Activities that completed at least once (退回 may have re-opened them).' })
  completedElementIds!: string[];

  @Field(() => [String])
  activeElementIds!: string[];
}

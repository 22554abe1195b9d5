import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JsonScalar } from '../../../common/graphql/json.scalar';
import { UserRefObject } from '../../org/dtos/user.object';

export enum TaskStatusFilter {
  OPEN = 'open',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
  ALL = 'all',
}
registerEnumType(TaskStatusFilter, {
  name: 'TaskStatusFilter',
  description: 'OPEN includes delegated (委派) tasks.',
});

export enum SignerPosition {
  BEFORE = 'before',
  AFTER = 'after',
  PARALLEL = 'parallel',
}
registerEnumType(SignerPosition, {
  name: 'SignerPosition',
  description: '加签: before (前加签), after, or in parallel.',
});

@ObjectType('Task')
export class TaskObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String)
  elementId!: string;

  @Field(() => String, { description: 'open, delegated, completed or cancelled.' })
  status!: string;

  @Field(() => UserRefObject, { nullable: true })
  assignee!: UserRefObject | null;

  @Field(() => UserRefObject, { nullable: true, description: 'While delegated: who the task returns to.' })
  owner!: UserRefObject | null;

  @Field(() => [String])
  candidateUsers!: string[];

  @Field(() => [String])
  candidateGroups!: string[];

  @Field(() => Date, { nullable: true })
  dueAt!: Date | null;

  @Field(() => Int)
  priority!: number;

  @Field(() => String, { nullable: true })
  formKey!: string | null;

  @Field(() => ID)
  processInstanceId!: string;

  @Field(() => String)
  processKey!: string;

  @Field(() => String, { nullable: true })
  ticketNumber!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => String, { nullable: true })
  outcome!: string | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;
}

@ObjectType('TaskPage')
export class TaskPageObject {
  @Field(() => [TaskObject])
  items!: TaskObject[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('TaskDetail', { description: 'A task with its form as this task’s user gets it, and current values.' })
export class TaskDetailObject extends TaskObject {
  @Field(() => Int, { nullable: true })
  formVersion!: number | null;

  @Field(() => JsonScalar, { nullable: true, description: 'The form after the task’s field permissions.' })
  form!: unknown;

  @Field(() => JsonScalar, { description: 'Current values of the form’s fields (hidden fields left out).' })
  values!: unknown;
}

@InputType('TaskFilter')
export class TaskFilterInput {
  @Field(() => Boolean, { nullable: true, description: 'Only my inbox: assigned to me, or claimable by me.' })
  mine?: boolean;

  @Field(() => ID, { nullable: true })
  processInstanceId?: string;

  @Field(() => String, { nullable: true })
  ticketNumber?: string;

  @Field(() => String, { nullable: true })
  candidateGroup?: string;

  @Field(() => TaskStatusFilter, { nullable: true, description: 'Default: OPEN for mine, ALL otherwise.' })
  status?: TaskStatusFilter;
}

import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { JsonScalar } from '../../../common/graphql/json.scalar';
import { UserRefObject } from '../../org/dtos/user.object';

@ObjectType('AuditEntry', { description: 'One mutation: who, what, on which target, with which input, from where.' })
export class AuditEntryObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => UserRefObject, { nullable: true })
  actor!: UserRefObject | null;

  @Field(() => String, { description: 'The mutation, e.g. `login`.' })
  operation!: string;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => JsonScalar, { description: 'The input, secrets redacted.' })
  summary!: object;

  @Field(() => String, { description: '`ok` or the error code the mutation ended with.' })
  outcome!: string;

  @Field(() => String, { nullable: true })
  ip!: string | null;
}

@ObjectType('AuditLogPage')
export class AuditLogPageObject {
  @Field(() => [AuditEntryObject])
  items!: AuditEntryObject[];

  @Field(() => Int)
  total!: number;
}

@InputType('AuditLogFilter')
export class AuditLogFilterInput {
  @Field(() => ID, { nullable: true })
  actorId?: string;

  @Field(() => String, { nullable: true })
  operation?: string;

  @Field(() => String, { nullable: true })
  targetId?: string;

  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive).' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Before this instant.' })
  to?: Date;
}

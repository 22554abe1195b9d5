import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { JsonScalar } from '../../../common/graphql/json.scalar';

@InputType('SubmitFormInput')
export class SubmitFormInput {
  @Field(() => String)
  formKey!: string;

  @Field(() => JsonScalar, { description: 'Field keys to values (a JSON object).' })
  data!: unknown;

  @Field(() => String, { description: 'Client-chosen id: repeating it returns the first submission.' })
  requestId!: string;
}

@ObjectType('Submission')
export class SubmissionObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  formKey!: string;

  @Field(() => Int)
  formVersion!: number;

  @Field(() => ID, { nullable: true, description: 'The instance the form started (`startsProcess`).' })
  processInstanceId!: string | null;

  @Field(() => String, { nullable: true, description: 'Set when the started process declares a ticket.' })
  ticketNumber!: string | null;

  @Field(() => JsonScalar, { description: 'The value as stored (hidden fields dropped, computed ones recomputed).' })
  data!: unknown;

  @Field(() => Date)
  createdAt!: Date;
}

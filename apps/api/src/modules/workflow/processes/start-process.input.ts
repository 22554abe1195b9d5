import { Field, InputType } from '@nestjs/graphql';
import { JsonScalar } from '../../../common/graphql/json.scalar';

@InputType('StartProcessInput')
export class StartProcessInput {
  @Field(() => String)
  processKey!: string;

  @Field(() => String, { nullable: true })
  businessKey?: string;

  @Field(() => JsonScalar, { nullable: true, description: 'Initial variables (a JSON object).' })
  variables?: unknown;

  @Field(() => String, { description: 'Client-chosen id: repeating it returns the first result.' })
  requestId!: string;
}

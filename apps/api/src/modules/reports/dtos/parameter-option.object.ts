import { Field, ObjectType } from '@nestjs/graphql';
import type { JsonValue } from '@anxin/rules';
import { JsonScalar } from '../../../common/graphql/json.scalar';

@ObjectType('ParameterOption', { description: 'One choice of a report or dashboard parameter’s pick list.' })
export class ParameterOptionObject {
  @Field(() => JsonScalar, { description: 'The value to send in params (an id, a code, a number…).' })
  value!: JsonValue;

  @Field(() => String, { description: 'zh-CN label.' })
  label!: string;

  @Field(() => String, { description: 'English label (the Chinese one where there is no English).' })
  labelEn!: string;
}

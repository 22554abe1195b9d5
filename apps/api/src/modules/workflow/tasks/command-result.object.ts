import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { StepOutcome } from '../../../engine-runtime/engine-runtime.service';

@ObjectType('CommandResult', { description: 'What an engine command did.' })
export class CommandResultObject {
  @Field(() => ID)
  processInstanceId!: string;

  @Field(() => String, { description: 'The instance’s status after the command.' })
  processStatus!: string;

  @Field(() => Int)
  revision!: number;

  @Field(() => [ID], { description: 'Tasks the command opened.' })
  createdTaskIds!: string[];

  @Field(() => Boolean, { description: 'True when the requestId was seen before: the first result, nothing redone.' })
  replayed!: boolean;
}

export function commandResultOf(outcome: StepOutcome): CommandResultObject {
  return {
    processInstanceId: outcome.instanceId,
    processStatus: outcome.status,
    revision: outcome.revision,
    createdTaskIds: [...outcome.createdTaskIds],
    replayed: outcome.replayed === true,
  };
}

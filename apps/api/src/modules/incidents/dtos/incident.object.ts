import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { IncidentStatus } from '@anxin/persistence';

export const IncidentStatusEnum = { OPEN: 'open', RESOLVED: 'resolved' } as const satisfies Record<
  string,
  IncidentStatus
>;

registerEnumType(IncidentStatusEnum, {
  name: 'IncidentStatus',
  description: 'OPEN (waiting for an operator), RESOLVED (retried).',
});

@ObjectType('Incident', {
  description:
    'A job that failed after its retries (a service-task action, a timer…); retry it once the cause is fixed.',
})
export class IncidentObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The job, e.g. `anxin.run-action`.' })
  jobName!: string;

  @Field(() => String, { nullable: true, description: 'The service-task action, for `anxin.run-action`.' })
  action!: string | null;

  @Field(() => ID, { nullable: true })
  processInstanceId!: string | null;

  @Field(() => String, { nullable: true, description: 'The BPMN element.' })
  elementId!: string | null;

  @Field(() => String, { description: 'The error, first line only (the stack stays in the server log).' })
  error!: string;

  @Field(() => IncidentStatusEnum)
  status!: IncidentStatus;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;
}

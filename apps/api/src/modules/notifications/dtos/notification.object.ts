import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { NotificationKind } from '@anxin/persistence';
import { UserRefObject } from '../../org/dtos/user.object';

/** The kinds as GraphQL shows them (CC…); services see the stored lower-case names. */
export const NotificationKindEnum = {
  CC: 'cc',
  URGE: 'urge',
  ESCALATION: 'escalation',
  SLA: 'sla',
  REMINDER: 'reminder',
  ACTION: 'action',
} as const satisfies Record<string, NotificationKind>;

registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description:
    'CC (抄送), URGE (催办), ESCALATION (无人处理), SLA (超时提醒), REMINDER (提醒), ACTION (a notify step of a process).',
});

@ObjectType('Notification', { description: 'An in-app notification of the signed-in user.' })
export class NotificationObject {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKindEnum)
  kind!: NotificationKind;

  @Field(() => String, { description: 'Chinese, e.g. `催办：现场维修`.' })
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => ID, { nullable: true })
  processInstanceId!: string | null;

  @Field(() => ID, { nullable: true })
  taskId!: string | null;

  @Field(() => String, { nullable: true, description: 'The BPMN element (task) it is about.' })
  elementId!: string | null;

  @Field(() => UserRefObject, { nullable: true, description: 'Who caused it; empty for timers and the system.' })
  actor!: UserRefObject | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;

  @Field(() => Boolean)
  read!: boolean;
}

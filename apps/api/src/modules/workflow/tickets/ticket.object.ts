import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { JsonScalar } from '../../../common/graphql/json.scalar';
import { UserRefObject } from '../../org/dtos/user.object';

@ObjectType('TicketTimelineEntry')
export class TicketTimelineEntryObject {
  @Field(() => String)
  status!: string;

  @Field(() => String, { description: 'zh-CN label from the status dictionary (the code when it has none).' })
  statusLabel!: string;

  @Field(() => String)
  statusLabelEn!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => String)
  actorName!: string;

  @Field(() => String, { nullable: true, description: 'The comment of the step: staff only.' })
  note!: string | null;
}

@ObjectType('Ticket', { description: 'The read model of a ticket process instance (fields projected by its BPMN).' })
export class TicketObject {
  @Field(() => String)
  number!: string;

  @Field(() => String, { nullable: true })
  status!: string | null;

  @Field(() => String, { nullable: true })
  statusLabel!: string | null;

  @Field(() => String, { nullable: true })
  statusLabelEn!: string | null;

  @Field(() => String)
  processKey!: string;

  @Field(() => ID)
  processInstanceId!: string;

  @Field(() => ID, { nullable: true })
  projectId!: string | null;

  @Field(() => ID, { nullable: true })
  buildingId!: string | null;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => String, { nullable: true })
  urgency!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => UserRefObject, { nullable: true })
  assignee!: UserRefObject | null;

  @Field(() => String, { nullable: true })
  team!: string | null;

  @Field(() => Float, { nullable: true, description: 'In yuan, two decimals.' })
  estimatedCost!: number | null;

  @Field(() => Int, { nullable: true })
  rating!: number | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  slaDueAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => JsonScalar, { nullable: true, description: 'Why the dispatch rules chose this team and engineer.' })
  dispatchExplanation!: unknown;

  @Field(() => JsonScalar, { description: 'Every projected field, as projected.' })
  fields!: unknown;

  @Field(() => [TicketTimelineEntryObject])
  timeline!: TicketTimelineEntryObject[];
}

@ObjectType('TicketPage')
export class TicketPageObject {
  @Field(() => [TicketObject])
  items!: TicketObject[];

  @Field(() => Int)
  total!: number;
}

@InputType('TicketFilter')
export class TicketFilterInput {
  @Field(() => String, { nullable: true })
  status?: string;

  @Field(() => ID, { nullable: true })
  projectId?: string;

  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => String, { nullable: true })
  category?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only tickets whose newest open task is mine.' })
  assignedToMe?: boolean;

  @Field(() => String, { nullable: true, description: 'Prefix of the ticket number.' })
  numberPrefix?: string;
}

@ObjectType('TrackedTicketStep', { description: 'One status of a tracked ticket, as the owner sees it.' })
export class TrackedTicketStepObject {
  @Field(() => String)
  status!: string;

  @Field(() => String)
  statusLabel!: string;

  @Field(() => String)
  statusLabelEn!: string;

  @Field(() => Date)
  at!: Date;
}

@ObjectType('TrackedTicketStage', {
  description: "One status of the ticket's status dictionary, in the dictionary's order: the tracker's road ahead.",
})
export class TrackedTicketStageObject {
  @Field(() => String)
  status!: string;

  @Field(() => String)
  statusLabel!: string;

  @Field(() => String)
  statusLabelEn!: string;

  @Field(() => Boolean, {
    description:
      'Shown only once reached (the item\'s attribute `tracking: "ifReached"`): a step not every ticket takes.',
  })
  optional!: boolean;

  @Field(() => Boolean, {
    description: "The owner acts at this status (the item's attribute `ownerActs: true`): confirm, rate.",
  })
  ownerActs!: boolean;
}

@ObjectType('TrackedTicket', { description: 'The owner-visible view of a ticket: statuses only, no internal notes.' })
export class TrackedTicketObject {
  @Field(() => String)
  number!: string;

  @Field(() => String, { nullable: true })
  status!: string | null;

  @Field(() => String, { nullable: true })
  statusLabel!: string | null;

  @Field(() => String, { nullable: true })
  statusLabelEn!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The display name of the engineer holding the ticket; none while somebody else holds it.',
  })
  engineerName!: string | null;

  @Field(() => [TrackedTicketStepObject])
  timeline!: TrackedTicketStepObject[];

  @Field(() => [TrackedTicketStageObject], {
    description: "Every status of the ticket's status dictionary in order (empty without one).",
  })
  stages!: TrackedTicketStageObject[];
}

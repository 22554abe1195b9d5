import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TeamMember')
export class TeamMemberObject {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [String])
  skills!: string[];

  @Field(() => Int, { description: 'Most open tasks this member should hold.' })
  capacity!: number;

  @Field(() => Boolean)
  lead!: boolean;
}

@ObjectType('Team', { description: 'A team of engineers, its skills and capacity.' })
export class TeamObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The project it serves; none = every project of the tenant.' })
  projectId!: string | null;

  @Field(() => [String])
  skills!: string[];

  @Field(() => Int, { nullable: true, description: 'Most open tasks for the whole team.' })
  capacity!: number | null;

  @Field(() => [TeamMemberObject])
  members!: TeamMemberObject[];
}

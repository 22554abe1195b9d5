import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Project', { description: 'A residential project (楼盘).' })
export class ProjectObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  city!: string | null;
}

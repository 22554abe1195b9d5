import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Building', { description: 'A building (楼栋) of a project.' })
export class BuildingObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Unit', { description: 'A unit (房屋, e.g. 1-2-301) of a building.' })
export class UnitObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  buildingId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => Int, { nullable: true })
  floor!: number | null;
}

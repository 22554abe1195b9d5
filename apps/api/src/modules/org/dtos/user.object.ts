import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { UserRole } from '@anxin/persistence';
import { RoleEnum } from './role.enum';

@ObjectType('User', { description: 'A person who signs in: staff or an owner.' })
export class UserObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [RoleEnum])
  roles!: UserRole[];

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => ID, { nullable: true, description: 'For "manager N levels up" assignment.' })
  managerId!: string | null;

  @Field(() => [ID], { description: 'Projects the user is scoped to (an owner: the projects of his units).' })
  projectIds!: string[];

  @Field(() => [ID])
  teamIds!: string[];

  @Field(() => [ID], { description: "An owner's units." })
  unitIds!: string[];
}

@ObjectType('UserRef', { description: 'A user as other records show him.' })
export class UserRefObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;
}

@ObjectType('UserPage')
export class UserPageObject {
  @Field(() => [UserObject])
  items!: UserObject[];

  @Field(() => Int)
  total!: number;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import type { UserRole } from '@anxin/persistence';
import { RoleEnum } from './role.enum';

@InputType('UserFilter')
export class UserFilterInput {
  @Field(() => ID, { nullable: true })
  projectId?: string;

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => RoleEnum, { nullable: true })
  role?: UserRole;

  @Field(() => String, { nullable: true, description: 'Part of the username or display name.' })
  search?: string;

  @Field(() => Boolean, { defaultValue: false })
  includeInactive = false;
}

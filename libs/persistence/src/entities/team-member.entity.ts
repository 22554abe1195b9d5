import { Entity, Index, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Company } from './company.entity';
import { Team } from './team.entity';
import { User } from './user.entity';

/** A member of a team, with his own skills and capacity (what assignment strategies look at). */
@Entity({ tableName: 'team_member' })
@Index({ properties: ['userId'] })
export class TeamMember {
  [PrimaryKeyProp]?: ['teamId', 'userId'];

  @ManyToOne(() => Team, { primary: true, mapToPk: true, fieldName: 'team_id', deleteRule: 'cascade' })
  teamId!: string;

  @ManyToOne(() => User, { primary: true, mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade' })
  userId!: string;

  @ManyToOne(() => Company, { mapToPk: true, fieldName: 'tenant_id' })
  tenantId!: string;

  @Property({ type: 'text[]', columnType: 'text[]', default: '{}' })
  skills: string[] = [];

  /** Most open tasks this member should hold. */
  @Property({ type: 'integer', default: 5 })
  capacity: number = 5;

  @Property({ type: 'boolean', default: false })
  lead: boolean = false;
}

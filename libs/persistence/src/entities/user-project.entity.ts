import { Entity, Index, ManyToOne, PrimaryKeyProp } from '@mikro-orm/core';
import { Company } from './company.entity';
import { Project } from './project.entity';
import { User } from './user.entity';

/** A staff member's scope: the projects whose data he sees (admins see the whole tenant). */
@Entity({ tableName: 'user_project' })
@Index({ properties: ['projectId'] })
export class UserProject {
  [PrimaryKeyProp]?: ['userId', 'projectId'];

  @ManyToOne(() => User, { primary: true, mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade' })
  userId!: string;

  @ManyToOne(() => Project, { primary: true, mapToPk: true, fieldName: 'project_id', deleteRule: 'cascade' })
  projectId!: string;

  @ManyToOne(() => Company, { mapToPk: true, fieldName: 'tenant_id' })
  tenantId!: string;
}

import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Company } from './company.entity';
import { Project } from './project.entity';

/** A team of engineers: the skills it covers and how many open tasks it takes at most. */
@Entity({ tableName: 'team' })
@Unique({ properties: ['tenantId', 'name'] })
@Unique({ properties: ['tenantId', 'code'] })
export class Team {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Company, { mapToPk: true, fieldName: 'tenant_id' })
  tenantId!: string;

  /** The project the team serves; none = every project of the tenant. */
  @ManyToOne(() => Project, { mapToPk: true, fieldName: 'project_id', nullable: true })
  projectId?: string;

  @Property({ type: 'text' })
  name!: string;

  /** Stable key definitions name the team by (`team-we` in a dispatch table); the name is for people. */
  @Property({ type: 'text', nullable: true })
  code?: string;

  @Property({ type: 'text[]', columnType: 'text[]', default: '{}' })
  skills: string[] = [];

  /** Most open tasks for the whole team; none = no team-wide limit. */
  @Property({ type: 'integer', nullable: true })
  capacity?: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}

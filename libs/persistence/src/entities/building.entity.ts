import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Company } from './company.entity';
import { Project } from './project.entity';

/** A building (楼栋) of a project. */
@Entity({ tableName: 'building' })
@Unique({ properties: ['projectId', 'code'] })
@Index({ properties: ['tenantId'] })
export class Building {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Company, { mapToPk: true, fieldName: 'tenant_id' })
  tenantId!: string;

  @ManyToOne(() => Project, { mapToPk: true, fieldName: 'project_id' })
  projectId!: string;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;
}

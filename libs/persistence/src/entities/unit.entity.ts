import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Building } from './building.entity';
import { Company } from './company.entity';
import { Project } from './project.entity';

/** A unit (房屋, e.g. `1-2-301`) of a building; owners are linked to their units. */
@Entity({ tableName: 'unit' })
@Unique({ properties: ['buildingId', 'code'] })
@Index({ properties: ['tenantId'] })
@Index({ properties: ['projectId'] })
export class Unit {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Company, { mapToPk: true, fieldName: 'tenant_id' })
  tenantId!: string;

  /** The building's project, kept here so that scope checks on a unit need no join. */
  @ManyToOne(() => Project, { mapToPk: true, fieldName: 'project_id' })
  projectId!: string;

  @ManyToOne(() => Building, { mapToPk: true, fieldName: 'building_id' })
  buildingId!: string;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'integer', nullable: true })
  floor?: number;

  /** 户型 (e.g. 两室一厅, 商铺): free text the reports group by. */
  @Property({ type: 'text', nullable: true })
  unitType?: string;
}

import { Entity, Index, ManyToOne, PrimaryKeyProp } from '@mikro-orm/core';
import { Company } from './company.entity';
import { Unit } from './unit.entity';
import { User } from './user.entity';

/** An owner (业主) and one of his units: owners see only their own units' data. */
@Entity({ tableName: 'owner_unit' })
@Index({ properties: ['unitId'] })
export class OwnerUnit {
  [PrimaryKeyProp]?: ['userId', 'unitId'];

  @ManyToOne(() => User, { primary: true, mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade' })
  userId!: string;

  @ManyToOne(() => Unit, { primary: true, mapToPk: true, fieldName: 'unit_id', deleteRule: 'cascade' })
  unitId!: string;

  @ManyToOne(() => Company, { mapToPk: true, fieldName: 'tenant_id' })
  tenantId!: string;
}

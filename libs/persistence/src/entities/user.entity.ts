import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Company } from './company.entity';
import type { UserRole } from './user-role';

/**
 * A person who signs in: staff or an owner. Usernames are unique per tenant (stored lower-case); the password is an
 * argon2id hash (PHC string, parameters included). `managerId` builds the chain for "manager N levels up".
 */
@Entity({ tableName: 'app_user' })
@Unique({ properties: ['tenantId', 'username'] })
@Index({ properties: ['username'] })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Company, { mapToPk: true, fieldName: 'tenant_id' })
  tenantId!: string;

  @Property({ type: 'text' })
  username!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text', nullable: true })
  phone?: string;

  @Property({ type: 'text[]', columnType: 'text[]', default: '{}' })
  roles: UserRole[] = [];

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'manager_id', nullable: true, deleteRule: 'set null' })
  managerId?: string;

  /** An inactive user cannot sign in and his tokens stop working at the next request. */
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  /** Whether assignment may give him new work now (on shift, not on leave); supervisors switch it. */
  @Property({ type: 'boolean', default: true })
  onDuty: boolean = true;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}

import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Company } from './company.entity';
import { User } from './user.entity';

/**
 * One refresh token of a sign-in, stored as the SHA-256 of its secret (the token itself is never stored). Each use
 * rotates it: the row is revoked and replaced by a new one of the same family; presenting a revoked token again
 * revokes the whole family (a stolen token is useless once either party used it).
 */
@Entity({ tableName: 'refresh_token' })
@Index({ properties: ['userId'] })
@Index({ properties: ['familyId'] })
export class RefreshToken {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Company, { mapToPk: true, fieldName: 'tenant_id' })
  tenantId!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade' })
  userId!: string;

  /** Every token descending from one login shares the family id. */
  @Property({ type: 'uuid' })
  familyId!: string;

  /** SHA-256 of the token, hex. */
  @Property({ type: 'text' })
  @Unique()
  tokenHash!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date;

  /** The token that replaced this one when it was used. */
  @Property({ type: 'uuid', nullable: true })
  replacedById?: string;
}

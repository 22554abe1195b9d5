import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export type InstanceRowStatus = 'running' | 'completed' | 'terminated' | 'failed';

/**
 * A process instance: the engine's state document as jsonb, guarded by `revision` (optimistic locking), plus typed
 * business columns filled from the variables its definition indexes (`anxin:variable index="true"`), so lists,
 * filters and reports never search inside the jsonb.
 */
@Entity({ tableName: 'process_instance' })
@Index({ properties: ['definitionKey', 'status', 'startedAt'] })
@Index({ properties: ['tenantId', 'startedAt'] })
@Index({ properties: ['businessKey'] })
@Index({ properties: ['definitionKey', 'text1'] })
@Index({ properties: ['definitionKey', 'text2'] })
@Index({ properties: ['definitionKey', 'text3'] })
@Index({ properties: ['definitionKey', 'text4'] })
@Index({ properties: ['definitionKey', 'text5'] })
@Index({ properties: ['definitionKey', 'text6'] })
@Index({ properties: ['definitionKey', 'number1'] })
@Index({ properties: ['definitionKey', 'number2'] })
@Index({ properties: ['definitionKey', 'number3'] })
@Index({ properties: ['definitionKey', 'number4'] })
@Index({ properties: ['definitionKey', 'date1'] })
@Index({ properties: ['definitionKey', 'date2'] })
@Index({ properties: ['definitionKey', 'date3'] })
@Index({ properties: ['definitionKey', 'date4'] })
export class ProcessInstance {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The company (tenant) the instance belongs to; row-level security confines tenant work to it. */
  @Property({ type: 'uuid', nullable: true })
  tenantId?: string;

  @Property({ type: 'uuid' })
  definitionId!: string;

  @Property({ type: 'text' })
  definitionKey!: string;

  @Property({ type: 'integer' })
  definitionVersion!: number;

  @Property({ type: 'text', nullable: true })
  businessKey?: string;

  @Property({ type: 'text' })
  status!: InstanceRowStatus;

  @Property({ type: 'json', columnType: 'jsonb' })
  state!: object;

  @Property({ type: 'integer' })
  revision!: number;

  @Property({ type: 'text' })
  initiator!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startedAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  endedAt?: Date;

  @Property({ type: 'text', nullable: true })
  endReason?: string;

  /** Set when a call activity started this instance: its end completes the parent's call. */
  @Property({ type: 'uuid', nullable: true })
  parentInstanceId?: string;

  @Property({ type: 'text', nullable: true })
  parentActionId?: string;

  @Property({ type: 'text', nullable: true }) text1?: string;
  @Property({ type: 'text', nullable: true }) text2?: string;
  @Property({ type: 'text', nullable: true }) text3?: string;
  @Property({ type: 'text', nullable: true }) text4?: string;
  @Property({ type: 'text', nullable: true }) text5?: string;
  @Property({ type: 'text', nullable: true }) text6?: string;
  @Property({ type: 'double', columnType: 'double precision', nullable: true }) number1?: number;
  @Property({ type: 'double', columnType: 'double precision', nullable: true }) number2?: number;
  @Property({ type: 'double', columnType: 'double precision', nullable: true }) number3?: number;
  @Property({ type: 'double', columnType: 'double precision', nullable: true }) number4?: number;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true }) date1?: Date;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true }) date2?: Date;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true }) date3?: Date;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true }) date4?: Date;
}

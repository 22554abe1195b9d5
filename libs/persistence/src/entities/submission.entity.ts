import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A submitted form: the validated value as stored, and the instance it started. One per request id and tenant. */
@Entity({ tableName: 'submission' })
@Unique({ properties: ['tenantId', 'requestId'] })
@Index({ properties: ['tenantId', 'formKey', 'createdAt'] })
export class Submission {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'text' })
  formKey!: string;

  @Property({ type: 'integer' })
  formVersion!: number;

  @Property({ type: 'json', columnType: 'jsonb' })
  data!: object;

  @Property({ type: 'uuid' })
  submittedBy!: string;

  @Property({ type: 'text' })
  requestId!: string;

  @Property({ type: 'uuid', nullable: true })
  processInstanceId?: string;

  @Property({ type: 'text', nullable: true })
  ticketNumber?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}

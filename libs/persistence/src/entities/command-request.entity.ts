import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** The first result of a command sent with a client `requestId`: a repeated request returns it (idempotency). */
@Entity({ tableName: 'command_request' })
@Index({ properties: ['createdAt'] })
export class CommandRequest {
  @PrimaryKey({ type: 'text' })
  requestId!: string;

  @Property({ type: 'uuid', nullable: true })
  instanceId?: string;

  @Property({ type: 'json', columnType: 'jsonb' })
  result!: object;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}

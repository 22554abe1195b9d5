import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Round-robin cursors of one assignment strategy in one company (`AssignmentState` of `@anxin/rules`). */
@Entity({ tableName: 'assignment_state' })
export class AssignmentStateRow {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'text' })
  strategyKey!: string;

  @Property({ type: 'json', columnType: 'jsonb' })
  cursors!: Record<string, string>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;
}

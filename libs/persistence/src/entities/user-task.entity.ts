import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export type UserTaskStatus = 'open' | 'delegated' | 'completed' | 'cancelled';

/**
 * The query-first task table behind every inbox. Open tasks are found through partial indexes (by assignee, and
 * GIN over candidate users and groups), so one user's inbox stays fast with millions of closed rows.
 */
@Entity({ tableName: 'user_task' })
@Index({ properties: ['instanceId'] })
@Index({
  name: 'user_task_open_assignee_index',
  expression: `create index "user_task_open_assignee_index" on "user_task" ("assignee", "created_at") where "status" in ('open', 'delegated')`,
})
@Index({
  name: 'user_task_open_candidate_users_index',
  expression: `create index "user_task_open_candidate_users_index" on "user_task" using gin ("candidate_users") where "status" = 'open' and "assignee" is null`,
})
@Index({
  name: 'user_task_open_candidate_groups_index',
  expression: `create index "user_task_open_candidate_groups_index" on "user_task" using gin ("candidate_groups") where "status" = 'open' and "assignee" is null`,
})
export class UserTask {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The company (tenant) the task belongs to; row-level security confines tenant work to it. */
  @Property({ type: 'uuid', nullable: true })
  tenantId?: string;

  @Property({ type: 'uuid' })
  instanceId!: string;

  @Property({ type: 'text' })
  elementId!: string;

  @Property({ type: 'text', nullable: true })
  name?: string;

  @Property({ type: 'text', nullable: true })
  assignee?: string;

  /** While delegated (委派): who the task returns to. */
  @Property({ type: 'text', nullable: true })
  owner?: string;

  @Property({ type: 'text[]', columnType: 'text[]', default: '{}' })
  candidateUsers: string[] = [];

  @Property({ type: 'text[]', columnType: 'text[]', default: '{}' })
  candidateGroups: string[] = [];

  @Property({ type: 'text' })
  status!: UserTaskStatus;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  dueAt?: Date;

  @Property({ type: 'integer', default: 50 })
  priority: number = 50;

  @Property({ type: 'text', nullable: true })
  formKey?: string;

  @Property({ type: 'integer', nullable: true })
  formVersion?: number;

  @Property({ type: 'json', columnType: 'jsonb', nullable: true })
  fieldPermissions?: object;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  claimedAt?: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  completedAt?: Date;

  @Property({ type: 'text', nullable: true })
  completedBy?: string;

  /** `approved`, `rejected` or `completed` once done; the cancel reason when cancelled. */
  @Property({ type: 'text', nullable: true })
  outcome?: string;

  @Property({ type: 'text', nullable: true })
  comment?: string;
}

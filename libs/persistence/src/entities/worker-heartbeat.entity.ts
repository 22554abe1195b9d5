import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A graphile-worker worker that is alive: each runner refreshes its workers' rows every few seconds. A worker whose
 * row went stale crashed, and the jobs it had locked are unlocked for the others (graphile-worker alone would wait
 * four hours).
 */
@Entity({ tableName: 'worker_heartbeat' })
@Index({ properties: ['beatAt'] })
export class WorkerHeartbeat {
  @PrimaryKey({ type: 'text' })
  workerId!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  beatAt!: Date;
}

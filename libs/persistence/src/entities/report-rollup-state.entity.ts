import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How far a tenant's rollup is built: the definition signature it was built for (a changed dataset or rollup is
 * rebuilt) and the `updatedAt` watermark up to which source rows are folded in. Only a rollup with a state row whose
 * signature is current may answer queries.
 */
@Entity({ tableName: 'report_rollup_state' })
export class ReportRollupState {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'text' })
  datasetKey!: string;

  @PrimaryKey({ type: 'text' })
  rollupKey!: string;

  @Property({ type: 'text' })
  signature!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  watermark?: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  builtAt!: Date;
}

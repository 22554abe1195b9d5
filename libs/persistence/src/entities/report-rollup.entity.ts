import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One cell of a dataset's rollup (`DatasetRollup` of `@anxin/report-engine`) for one tenant: the rows of one local
 * day and one combination of dimension values (`dims`, as text, in the rollup's dimension order), with the row count
 * and, per rollup measure (in the rollup's measure order), the sum, count of non-null values, minimum and maximum.
 * Kept current by the worker; read by plans the planner answers from a rollup.
 */
@Entity({ tableName: 'report_rollup' })
export class ReportRollupRow {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'text' })
  datasetKey!: string;

  @PrimaryKey({ type: 'text' })
  rollupKey!: string;

  @PrimaryKey({ type: 'date', columnType: 'date' })
  day!: string;

  @PrimaryKey({ type: 'text[]', columnType: 'text[]' })
  dims!: string[];

  @Property({ type: 'bigint', columnType: 'bigint' })
  rowCount!: string;

  @Property({ type: 'double[]', columnType: 'double precision[]' })
  sums!: number[];

  @Property({ type: 'bigint[]', columnType: 'bigint[]' })
  counts!: string[];

  @Property({ type: 'double[]', columnType: 'double precision[]' })
  mins!: number[];

  @Property({ type: 'double[]', columnType: 'double precision[]' })
  maxs!: number[];
}

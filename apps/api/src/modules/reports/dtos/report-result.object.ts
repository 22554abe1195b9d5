import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { JsonValue } from '@anxin/rules';
import { JsonScalar } from '../../../common/graphql/json.scalar';

@ObjectType('ReportColumn', { description: 'A result column: a dimension (grouped value) or a measure.' })
export class ReportColumnObject {
  @Field(() => String, { description: 'The key of the column in each row.' })
  key!: string;

  @Field(() => String, { description: 'Its label (zh-CN): the export’s header.' })
  label!: string;

  @Field(() => String, { description: 'Its label in English (the Chinese one where the definition has no English).' })
  labelEn!: string;

  @Field(() => String, { description: 'text, number, integer, boolean, date, datetime or id.' })
  type!: string;

  @Field(() => String, { description: 'dimension or measure.' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'Measures: integer, decimal, percent, currency or hours.' })
  format?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Dimensions with a shown label (a name for an id, a dictionary label for a code): its row key.',
  })
  labelKey?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Dimensions with a shown label: the row key of that label in English (`<key>__labelEn`).',
  })
  labelKeyEn?: string | null;
}

@ObjectType('ReportResult', { description: 'A report run for the caller: only rows of his data scope.' })
export class ReportResultObject {
  @Field(() => [ReportColumnObject])
  columns!: ReportColumnObject[];

  @Field(() => JsonScalar, { description: 'The rows: objects keyed by column key (and `<key>__label`).' })
  rows!: JsonValue;

  @Field(() => Int, { description: 'Rows before the row cap or top N.' })
  total!: number;

  @Field(() => Boolean, { description: 'More rows than REPORT_ROW_CAP: the rest were cut.' })
  truncated!: boolean;

  @Field(() => Boolean, { description: 'Answered from a pre-aggregated rollup.' })
  fromRollup!: boolean;

  @Field(() => String, { description: 'Chart hint: table, pivot, bar, line, pie, kpi…' })
  chart!: string;

  @Field(() => JsonScalar, {
    nullable: true,
    description: 'Reports with column dimensions: { rowKeys columnKeys measureKeys rowValues columnValues cells }.',
  })
  pivot?: JsonValue;
}

import { Field, Int, ObjectType } from '@nestjs/graphql';
import { JsonScalar } from '../../../common/graphql/json.scalar';

@ObjectType('ReportSummary', { description: 'A deployed report (latest version).' })
export class ReportSummaryObject {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { description: 'zh-CN name.' })
  name!: string;

  @Field(() => String, { description: 'English name (the Chinese one where the definition has no English).' })
  nameEn!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { description: 'The dataset it reads.' })
  dataset!: string;

  @Field(() => String)
  chart!: string;

  @Field(() => JsonScalar, { description: 'The parameters a viewer may set: [{ key label type required default }].' })
  parameters!: unknown;
}

@ObjectType('DashboardSummary', { description: 'A deployed dashboard (latest version).' })
export class DashboardSummaryObject {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { description: 'zh-CN name.' })
  name!: string;

  @Field(() => String, { description: 'English name (the Chinese one where the definition has no English).' })
  nameEn!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

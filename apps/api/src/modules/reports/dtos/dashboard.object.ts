import { Field, Int, ObjectType } from '@nestjs/graphql';
import { JsonScalar } from '../../../common/graphql/json.scalar';
import { ReportResultObject } from './report-result.object';

@ObjectType('DashboardLayout', { description: 'Grid position: x 0..23, width 1..24, in rows of about 40 px.' })
export class DashboardLayoutObject {
  @Field(() => Int) x!: number;
  @Field(() => Int) y!: number;
  @Field(() => Int) w!: number;
  @Field(() => Int) h!: number;
}

@ObjectType('WidgetError', { description: 'Why one widget has no result (the others still have theirs).' })
export class WidgetErrorObject {
  @Field(() => String, { description: 'The GraphQL error code, e.g. VALIDATION_FAILED, TIMEOUT.' })
  code!: string;

  @Field(() => String)
  message!: string;

  @Field(() => JsonScalar, { nullable: true, description: 'The problems, for VALIDATION_FAILED and CONFLICT.' })
  problems?: unknown;
}

@ObjectType('DashboardWidget')
export class DashboardWidgetObject {
  @Field(() => String)
  key!: string;

  @Field(() => String, { description: 'zh-CN title.' })
  title!: string;

  @Field(() => String, { description: 'English title (the Chinese one where the definition has no English).' })
  titleEn!: string;

  @Field(() => JsonScalar, { description: 'The widget’s fixed parameter values (over the dashboard’s).' })
  params!: unknown;

  @Field(() => String, { description: 'The report it shows.' })
  reportKey!: string;

  @Field(() => DashboardLayoutObject)
  layout!: DashboardLayoutObject;

  @Field(() => ReportResultObject, { nullable: true })
  report?: ReportResultObject | null;

  @Field(() => WidgetErrorObject, { nullable: true })
  error?: WidgetErrorObject | null;
}

@ObjectType('Dashboard', { description: 'A dashboard run for the caller: each widget’s report, or its error.' })
export class DashboardObject {
  @Field(() => String)
  key!: string;

  @Field(() => String, { description: 'zh-CN name.' })
  name!: string;

  @Field(() => String, { description: 'English name (the Chinese one where the definition has no English).' })
  nameEn!: string;

  @Field(() => JsonScalar, { description: 'The shared parameters: [{ key label type required default }].' })
  parameters!: unknown;

  @Field(() => [DashboardWidgetObject])
  widgets!: DashboardWidgetObject[];
}

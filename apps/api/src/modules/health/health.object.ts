import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Health', { description: 'Whether the server and its database are working.' })
export class HealthObject {
  @Field(() => String, { description: '`ok` when every component is ok, else `unavailable`.' })
  status!: string;

  @Field(() => String, { description: '`ok` when PostgreSQL answers a query now.' })
  database!: string;

  @Field(() => String, { description: 'The running Anxin version.' })
  version!: string;

  @Field(() => String, { description: 'Identifies this installation; stable across restarts on the same database.' })
  installationId!: string;

  @Field(() => Date, { description: 'When this installation first started.' })
  installedAt!: Date;
}

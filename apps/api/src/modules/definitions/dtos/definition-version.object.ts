import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DefinitionKind } from '@anxin/persistence';
import { DefinitionKindEnum } from './definition-kind.enum';
import { DefinitionProblemObject } from './definition-problem.object';

@ObjectType('DefinitionVersion', { description: 'One deployed, immutable version of a definition.' })
export class DefinitionVersionObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  key!: string;

  @Field(() => DefinitionKindEnum)
  kind!: DefinitionKind;

  @Field(() => Int, { description: '1, 2, 3… per kind and key.' })
  version!: number;

  @Field(() => String, { description: 'SHA-256 of the content, hex.' })
  checksum!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The user who deployed it.' })
  createdBy?: string;

  /** Loaded by the resolver when asked for and not already here (lists leave it out). */
  content?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: '`deployDefinition` only: false when identical content had been deployed (this is that version).',
  })
  created?: boolean;

  @Field(() => [DefinitionProblemObject], {
    nullable: true,
    description: '`deployDefinition` only: the warnings of the content (errors refuse it).',
  })
  problems?: DefinitionProblemObject[];
}
